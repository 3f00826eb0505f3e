package org.twofold.service.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.user.TwoFactorMethod;

class StepOutcomeTest {

    private static final SignInStep.Due DUE = new SignInStep.CodeDue("token", TwoFactorMethod.TOTP);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "INVALID_CREDENTIALS, wrong",
        "LOCKED, locked",
        "WRONG_CODE, wrong",
        "MALFORMED_CODE, wrong",
        "WRONG_RECOVERY_CODE, wrong",
        "SENT_CODE_USED_UP, wrong",
        "LAST_TRY_WRONG, wrong",
        "SEND_LIMIT, refused",
        "NOT_OFFERED, refused",
        "PASSKEY_NOT_USED, cancelled",
        "PASSKEY_REFUSED, wrong",
        "PASSWORDLESS_NOT_ALLOWED, refused",
        "EXPIRED, expired",
        "UNAVAILABLE, unavailable",
    })
    void aRefusalOrRetryCountsByItsReason(SignInStep.Reason reason, String outcome) {
        assertEquals(outcome, StepOutcome.of(new SignInStep.Refused(reason)));
        assertEquals(outcome, StepOutcome.of(new SignInStep.TryAgain(reason, DUE)));
    }

    @Test
    void aStepPassedOrASignInCountsAsSuch() {
        assertEquals("passed", StepOutcome.of(DUE));
        assertEquals("passed", StepOutcome.of(new SignInStep.EnrolmentDue("token")));
        assertEquals("passed", StepOutcome.of(new SignInStep.CodeResent(DUE)));
        assertEquals("signed_in", StepOutcome.of(new SignInStep.SignedIn(null, true)));
    }
}
