package org.twofold.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.signin.SignInStep.CodeDue;
import org.twofold.service.signin.SignInStep.CodeResent;
import org.twofold.service.signin.SignInStep.EnrolmentDue;
import org.twofold.service.signin.SignInStep.LinkSent;
import org.twofold.service.signin.SignInStep.MethodSwitched;
import org.twofold.service.signin.SignInStep.Reason;
import org.twofold.service.signin.SignInStep.Refused;
import org.twofold.service.signin.SignInStep.SignedIn;
import org.twofold.service.signin.SignInStep.TryAgain;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.user.SignedInUser;

class SignInRoutesTest {

    private static final CodeDue APP_CODE = new CodeDue("t", TwoFactorMethod.TOTP);
    private static final CodeDue EMAILED_CODE = new CodeDue("t", TwoFactorMethod.EMAIL);
    private static final EnrolmentDue ENROLMENT = new EnrolmentDue("t");

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(new SignedIn(new SignedInUser("ann", "Ann", Set.of("All")), true), null, null),
                Arguments.of(APP_CODE, "/code.xhtml", null),
                Arguments.of(new LinkSent("t"), "/code.xhtml", null),
                Arguments.of(ENROLMENT, "/enrol.xhtml", null),
                Arguments.of(new TryAgain(Reason.WRONG_CODE, APP_CODE), "/code.xhtml", "code.wrong"),
                Arguments.of(new TryAgain(Reason.WRONG_CODE, EMAILED_CODE), "/code.xhtml", "code.wrongSent"),
                Arguments.of(new TryAgain(Reason.WRONG_CODE, ENROLMENT), "/enrol.xhtml", "code.wrong"),
                Arguments.of(new TryAgain(Reason.MALFORMED_CODE, ENROLMENT), "/enrol.xhtml", "code.malformed"),
                Arguments.of(new TryAgain(Reason.SENT_CODE_USED_UP, EMAILED_CODE), "/code.xhtml", "code.sentExpired"),
                Arguments.of(new TryAgain(Reason.LAST_TRY_WRONG, EMAILED_CODE), "/code.xhtml", "code.lastTryWrong"),
                Arguments.of(new TryAgain(Reason.WRONG_RECOVERY_CODE, APP_CODE), "/code.xhtml", "recovery.wrong"),
                Arguments.of(new Refused(Reason.INVALID_CREDENTIALS), "/login.xhtml", "signin.invalid"),
                Arguments.of(new Refused(Reason.LOCKED), "/login.xhtml", "signin.locked"),
                Arguments.of(new Refused(Reason.EXPIRED), "/login.xhtml", "code.expired"),
                Arguments.of(new Refused(Reason.UNAVAILABLE), "/login.xhtml", "signin.unavailable"),
                Arguments.of(new TryAgain(Reason.SEND_LIMIT, EMAILED_CODE), "/code.xhtml", "code.rateLimited"),
                Arguments.of(new TryAgain(Reason.NOT_OFFERED, APP_CODE), "/code.xhtml", "code.another.notOffered"));
    }

    static Stream<Arguments> news() {
        return Stream.of(
                Arguments.of(new CodeResent(EMAILED_CODE), "/code.xhtml", "code.resent"),
                Arguments.of(new MethodSwitched(APP_CODE), "/code.xhtml", "code.another.switched"),
                Arguments.of(new MethodSwitched(EMAILED_CODE), "/code.xhtml", "code.another.switched"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("news")
    void aNewCodeOrAnotherWayStaysOnTheCodePageWithTheNews(SignInStep step, String page, String noticeKey) {
        assertEquals(new SignInRoutes.Route(page, null, noticeKey), SignInRoutes.of(step));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("steps")
    void eachStepLeadsToItsPageWithItsMessage(SignInStep step, String page, String messageKey) {
        assertEquals(new SignInRoutes.Route(page, messageKey, null), SignInRoutes.of(step));
    }
}
