package org.twofold.service.signin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.twofold.service.metrics.Meters;

/** Counts a step's answer, so that each step class reports without a meter of its own to call. */
@CountedStep
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class StepCounter {

    @Inject
    private Meters meters;

    @AroundInvoke
    public Object count(InvocationContext call) throws Exception {
        String step = stepName(call);
        Object answer;
        try {
            answer = call.proceed();
        } catch (RuntimeException e) {
            meters.signInStep(step, StepOutcome.UNAVAILABLE);
            throw e;
        }
        if (answer instanceof SignInStep result) {
            meters.signInStep(step, StepOutcome.of(result));
        }
        return answer;
    }

    private static String stepName(InvocationContext call) {
        CountedStep onMethod = call.getMethod().getAnnotation(CountedStep.class);
        CountedStep named = onMethod != null ? onMethod : call.getMethod().getDeclaringClass().getAnnotation(CountedStep.class);
        return named == null || named.value().isEmpty() ? call.getMethod().getDeclaringClass().getSimpleName() : named.value();
    }
}
