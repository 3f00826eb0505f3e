package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.OidcBrowsing;
import org.twofold.it.StatementLog;

/**
 * What one sign-in asks of the database every node shares: the login page, the password, the code
 * page, the app's code and the Desk, as a browser runs them, counted statement by statement
 * ({@link StatementLog}). A count, unlike a time, is the same on any machine, so it can fail a
 * build: each statement added to a sign-in shows here.
 */
@ExtendWith(ArquillianExtension.class)
class SignInStatementsIT {

    /**
     * What a sign-in takes now (it took 92 and 13 before issue #33, which asks for 20 and 6: the
     * writes are the attempt counters', see docs/performance.md). Lower these as it improves.
     */
    private static final int MAX_STATEMENTS = 44;
    private static final int MAX_WRITES = 13;

    private static final String ARCHIVE = "twofold-statements-it";
    private static final String PASSWORD = "a long test password 654";
    // Plain constants: the server loads this class too, without the client-side helpers.
    private static final List<String> PEOPLE = List.of("statements-1", "statements-2", "statements-3");
    private static final List<String> SEEDS = List.of("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJR",
            "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXR", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLR");

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }

    /**
     * Three people with an authenticator app, as a company's employees are, under a new install's
     * settings (the app alone): each method allowed adds the lookups of its factors, so a count
     * under whatever an earlier test left would depend on the order the tests ran in.
     */
    @Dependent
    static class People implements Fixture {

        @Inject
        private TestUsers users;

        @Override
        public void prepare() {
            users.allowOnlyTheApp();
            for (int i = 0; i < PEOPLE.size(); i++) {
                if (!users.exists(PEOPLE.get(i))) {
                    users.createWithApp(PEOPLE.get(i), PASSWORD, null, SEEDS.get(i), false);
                }
            }
        }
    }

    @BeforeAll
    static void people() throws Exception {
        Fixtures.prepare(ARCHIVE, People.class);
    }

    /**
     * Each person signs in once to be as on any working day, then once more, counted. The
     * fewest of the three counts is the sign-in's own: the server's background jobs (every ten
     * seconds, every minute) can only add statements to a window they fall in.
     */
    @Test
    @RunAsClient
    void aSignInRunsFewStatementsAndWritesFewRows() throws Exception {
        for (int i = 0; i < PEOPLE.size(); i++) {
            OidcBrowsing.signedIn(PEOPLE.get(i), PASSWORD, SEEDS.get(i));
        }
        List<StatementLog.Statements> counted = new ArrayList<>();
        try (StatementLog log = StatementLog.open()) {
            for (int i = 0; i < PEOPLE.size(); i++) {
                long mark = log.mark();
                OidcBrowsing.signedIn(PEOPLE.get(i), PASSWORD, SEEDS.get(i));
                counted.add(log.since(mark));
            }
        }
        StatementLog.Statements fewest = counted.stream()
                .min(Comparator.comparingInt((StatementLog.Statements s) -> s.application().size())).orElseThrow();
        System.out.println("One sign-in: " + fewest);
        assertTrue(fewest.application().size() <= MAX_STATEMENTS, "at most " + MAX_STATEMENTS + ": " + fewest);
        assertTrue(fewest.writes() <= MAX_WRITES, "at most " + MAX_WRITES + " writes: " + fewest);
    }
}
