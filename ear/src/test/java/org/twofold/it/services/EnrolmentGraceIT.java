package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.service.audit.Actor;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.EnrolmentDeferral;
import org.twofold.service.signin.SecondStepStart;
import org.twofold.service.signin.SignInStep;

/**
 * The enrolment grace period (GitLab's): a user newly asked for an app may put it off for
 * the configured days, counted from the first sign-in that asked, and not a moment longer.
 * Time is passed in, so days pass without waiting.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentGraceIT {

    private static final String PASSWORD = "a long grace password 321";
    private static final String IP = "192.0.2.30";
    private static final Actor ADMIN = new Actor("grace-test-admin", IP);

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-grace-it", TestUsers.class);
    }

    @Inject
    private SecondStepStart secondStepStart;

    @Inject
    private EnrolmentDeferral deferral;

    @Inject
    private SettingsService settings;

    @Inject
    private TestUsers testUsers;

    @Test
    void anAppCanBePutOffForTheGraceDaysOnly() throws Exception {
        String username = testUsers.create("grace", PASSWORD);
        Instant first = Instant.now();
        setGraceDays(7);
        try {
            SignInStep step = secondStepStart.afterPassword(username, IP, first);
            assertEquals("ENROLMENT_DUE", SignInSteps.name(step));
            assertEquals(7, deferral.daysLeft(SignInSteps.token(step), first));
            assertEquals("SIGNED_IN",
                    SignInSteps.name(deferral.skip(SignInSteps.token(step), IP, first)));
            assertEquals("REFUSED EXPIRED", SignInSteps.name(deferral.skip(SignInSteps.token(step), IP, first)),
                    "a skipped sign-in is used up");
            assertEquals(7, deferral.daysLeftFor(username, first), "the desk's banner counts the days");

            Instant dayTwo = first.plus(Duration.ofHours(30));
            step = secondStepStart.afterPassword(username, IP, dayTwo);
            assertEquals("ENROLMENT_DUE", SignInSteps.name(step), "asked again each time");
            assertEquals(6, deferral.daysLeft(SignInSteps.token(step), dayTwo), "counted from the first sign-in");

            Instant dayEight = first.plus(Duration.ofDays(7)).plusSeconds(1);
            step = secondStepStart.afterPassword(username, IP, dayEight);
            assertEquals(0, deferral.daysLeft(SignInSteps.token(step), dayEight));
            assertEquals("REFUSED EXPIRED", SignInSteps.name(deferral.skip(SignInSteps.token(step), IP, dayEight)),
                    "after the grace period the app must be set up");
        } finally {
            setGraceDays(0);
        }
    }

    @Test
    void withoutAGracePeriodNothingCanBePutOff() {
        String username = testUsers.create("no-grace", PASSWORD);
        Instant now = Instant.now();
        SignInStep step = secondStepStart.afterPassword(username, IP, now);
        assertEquals(0, deferral.daysLeft(SignInSteps.token(step), now));
        assertEquals("REFUSED EXPIRED", SignInSteps.name(deferral.skip(SignInSteps.token(step), IP, now)));
    }

    private void setGraceDays(int days) throws Exception {
        SystemSettings edited = settings.editableCopy();
        edited.getEnrolment().setEnrolmentGraceDays(days);
        settings.save(edited, ADMIN);
    }
}
