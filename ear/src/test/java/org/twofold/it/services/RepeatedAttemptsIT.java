package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.Browser;

/**
 * A thousand wrong codes posted in one HTTP session cost about the same at the end as at the
 * start: nothing kept per request grows with them. The ratio of the last hundred to the
 * second hundred is measured, not an absolute time.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepeatedAttemptsIT {

    private static final String ARCHIVE = "twofold-repeated-attempts";
    private static final String USER = "repeated-attempts";
    private static final String PASSWORD = "a long repeated password 654";
    private static final int ATTEMPTS = 1000;

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }


    /** A user with an app, whose codes are tried again and again. */
    @Dependent
    static class UserWithAnApp implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(USER)) {
                return;
            }
            testUsers.createWithApp(USER, PASSWORD, null, "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U", false);
        }
    }

    @BeforeAll
    static void aUserWithAnApp() throws Exception {
        Fixtures.prepare(ARCHIVE, UserWithAnApp.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void aThousandWrongCodesInOneSessionDoNotSlowDown() {
        Browser browser = new Browser();
        Browser.Page code = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("username", USER, "password", PASSWORD), "submit");
        assertEquals("/code.xhtml", code.path(), code.text());
        long[] nanos = new long[ATTEMPTS];
        Browser.Page form = code;
        for (int i = 0; i < ATTEMPTS; i++) {
            long start = System.nanoTime();
            Browser.Page answer = browser.submit(form, "code", Map.of("otp", "000000"), "verify");
            nanos[i] = System.nanoTime() - start;
            if (answer.html().getElementById("code") != null) {
                form = answer; // else keep posting the last code form, as a guessing script would
            }
        }
        double early = mean(nanos, 100, 200);
        double late = mean(nanos, ATTEMPTS - 100, ATTEMPTS);
        System.out.printf("RepeatedAttemptsIT: mean ms per attempt, attempts 101-200: %.1f, last 100: %.1f%n",
                early / 1e6, late / 1e6);
        assertTrue(late < 2 * early, "the last hundred attempts took " + late / early + " times as long as the second hundred");
    }

    private static double mean(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return (double) sum / (to - from);
    }
}
