package org.twofold.service.signin;

import java.io.Serializable;
import java.util.List;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.challenge.DeliveryView;

/**
 * What the code page shows: the step the sign-in waits for (the page sends the browser there
 * if it is another); which method; whether an authenticator app is being enrolled
 * by emailed link; the delivery of the sent code or link (null if none went out); for how
 * many days it offers to remember the browser (0: not offered); and the other methods "Try
 * another way" offers.
 */
public record CodeStepView(SignInStep.Due due, TwoFactorMethod method, boolean enrolmentLink, DeliveryView delivery,
                           int rememberDeviceDays, List<TwoFactorMethod> otherMethods) implements Serializable {
}
