package org.twofold.service.signin;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Counts each call's {@link SignInStep} in the metrics, under this step name ({@link StepCounter}). */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CountedStep {

    /** The step's name in the metrics: password, app_code, sent_code, and so on. */
    @Nonbinding
    String value() default "";
}
