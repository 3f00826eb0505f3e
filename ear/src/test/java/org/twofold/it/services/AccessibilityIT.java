package org.twofold.it.services;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.AccessibilityBrowsing;

/**
 * WCAG 2.2 AA as a browser can check it: axe-core in chromium finds no serious or critical
 * violation on the sign-in pages, the enrolment page, the Desk, the Security page and every
 * console page; and a person signs in with the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final String ARCHIVE = "twofold-accessibility";
    private static final String PASSWORD = "a long accessible password 789";
    // Fixed, not random: the server-side fixture and the browser side run in different JVMs.
    private static final String ADMIN = "a11y-admin";
    private static final String NEWCOMER = "a11y-newcomer";
    private static final String ADMIN_SEED = "KRUGS4ZANFZSAYJAORSXG5BAONSWKZBB";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }

    /** An administrator with an app, and a newcomer with no factor yet. */
    @Dependent
    static class People implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(ADMIN)) {
                return;
            }
            testUsers.createWithApp(ADMIN, PASSWORD, "a11y-admin@example.test", ADMIN_SEED, true);
            testUsers.createWithoutFactor(NEWCOMER, PASSWORD);
        }
    }

    @BeforeAll
    static void anAdministratorAndANewcomer() throws Exception {
        Fixtures.prepare(ARCHIVE, People.class);
    }

    @Test
    @RunAsClient
    void aPersonSignsInWithTheKeyboardAloneOnPagesThatPassAxe() throws Exception {
        AccessibilityBrowsing.anAdministratorSignsInWithTheKeyboardAlone(ADMIN, ADMIN_SEED, PASSWORD,
                Files.createTempDirectory("twofold-a11y"));
    }

    @Test
    @RunAsClient
    void theSecurityPageAndEveryConsolePagePassAxe() throws Exception {
        AccessibilityBrowsing.theSecurityPageAndEveryConsolePagePassAxe(ADMIN, ADMIN_SEED, PASSWORD,
                Files.createTempDirectory("twofold-a11y"));
    }

    @Test
    @RunAsClient
    void thePagesMetOutsideASignInPassAxe() throws Exception {
        AccessibilityBrowsing.thePagesMetOutsideASignInPassAxe(Files.createTempDirectory("twofold-a11y"));
    }

    @Test
    @RunAsClient
    void theEnrolmentPagePassesAxe() throws Exception {
        AccessibilityBrowsing.aNewcomerMeetsTheEnrolmentPage(NEWCOMER, PASSWORD, Files.createTempDirectory("twofold-a11y"));
    }
}
