package org.twofold.it.services;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.IntranetBrowsing;
import org.twofold.it.TestIntranetServer;

/**
 * The example intranet application (examples/intranet-app) on a Liberty server of its own,
 * twice (the wiki and the timesheet), signing in through Twofold with the standard Jakarta
 * Security OpenID Connect mechanism, in chromium: one sign-in for both; signing out of Twofold
 * signs out of both (back-channel logout), and signing out of one signs out of Twofold.
 */
@ExtendWith(ArquillianExtension.class)
class ExampleApplicationIT {

    private static final String ARCHIVE = "twofold-example-app-it";
    private static final String PASSWORD = "a long test password 321";
    // Plain constants: the server loads this class too, without the client-side helpers.
    private static final String PERSON = "intranet-person";
    private static final String SEED = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final String ROLE = "Intranet editors";
    private static final String SECRET = "example-app-secret-for-the-tests-only-01234";
    private static final String BASE = "http://127.0.0.1:9191";

    private static AutoCloseable intranet;

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class, TestApplications.class);
    }

    /** A person with an app and a role, and the two applications registered as an administrator would. */
    @Dependent
    static class PersonAndApplications implements Fixture {

        @Inject
        private TestUsers users;

        @Inject
        private TestApplications applications;

        @Override
        public void prepare() throws Exception {
            if (users.exists(PERSON)) {
                return;
            }
            users.createWithApp(PERSON, PASSWORD, "intranet-person@corp.example", SEED, false);
            applications.giveRole(PERSON, ROLE);
            for (String application : List.of("wiki", "timesheet")) {
                applications.register("intranet-" + application, SECRET, List.of(BASE + "/" + application + "/callback"),
                        List.of(BASE + "/" + application + "/signed-out.html"), false, List.of());
                applications.setBackchannelLogoutUri("intranet-" + application, BASE + "/" + application + "/backchannel-logout");
            }
        }
    }

    @BeforeAll
    static void personApplicationsAndTheirServer() throws Exception {
        Fixtures.prepare(ARCHIVE, PersonAndApplications.class);
        if (System.getProperty("twofold.it.wlp.dir") != null) { // on the client side only
            intranet = TestIntranetServer.start(SECRET);
        }
    }

    @AfterAll
    static void stopTheirServer() throws Exception {
        if (intranet != null) {
            intranet.close();
        }
    }

    @Test
    @RunAsClient
    void onePasswordAndCodeSignInForBothApplicationsAndSigningOutOfTwofoldSignsOutOfBoth() throws Exception {
        IntranetBrowsing.signInOnceForBothApplicationsThenSignOut(Files.createTempDirectory("intranet-browser"), PERSON, PASSWORD,
                SEED, ROLE);
    }
}
