package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
 * The counters a sign-in moves (the account's and the address's failed attempts) are changed
 * by statements whose values are bound, never written into the SQL: such a statement is
 * compiled by Derby once, not at every sign-in, and an error message quoting it shows no
 * address, account or time. EclipseLink writes the values of an UPDATE with arithmetic into
 * the text on Derby unless told otherwise; this reads Derby's statement cache after wrong and
 * right passwords to see what it was sent.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoundValuesIT {

    private static final String ARCHIVE = "twofold-bound-values";
    private static final String USER = "bound-values";
    private static final String PASSWORD = "a long bound password 731";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }


    @Resource(lookup = "jdbc/twofold")
    private DataSource database;

    /** A user with an app, whose wrong passwords and right one the counters count. */
    @Dependent
    static class UserWithAnApp implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (!testUsers.exists(USER)) {
                testUsers.createWithApp(USER, PASSWORD, null, "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43V", false);
            }
        }
    }

    @BeforeAll
    static void aUserWithAnApp() throws Exception {
        Fixtures.prepare(ARCHIVE, UserWithAnApp.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void wrongPasswordsThenTheRightOne() {
        Browser.Page answer = null;
        for (String password : List.of("wrong one", "wrong two", PASSWORD)) {
            Browser browser = new Browser();
            answer = browser.submit(browser.get("/login.xhtml"), "login", Map.of("username", USER, "password", password), "submit");
        }
        assertEquals("/code.xhtml", answer.path(), "the right password reached the code step: " + answer.text());
    }

    @Test
    @Order(2)
    void theCountersWereChangedByStatementsWithBoundValues() throws SQLException {
        List<String> counterUpdates = new ArrayList<>();
        int cached = 0;
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT SQL_TEXT FROM SYSCS_DIAG.STATEMENT_CACHE")) {
            while (rows.next()) {
                cached++;
                String sql = rows.getString(1);
                if (sql.startsWith("UPDATE TF_USER SET FAILEDATTEMPTS") || sql.startsWith("UPDATE TF_ADDRESS_THROTTLE")) {
                    counterUpdates.add(sql);
                }
            }
        }
        // Derby drops statements from a full cache (jvm.options sets its size), and then this cannot tell.
        String seen = cached + " statements cached, of them:\n" + String.join("\n", counterUpdates);
        assertTrue(counterUpdates.stream().anyMatch(sql -> sql.contains("FAILEDATTEMPTS + ?")), seen);
        assertTrue(counterUpdates.stream().anyMatch(sql -> sql.contains("FAILURES + ?")), seen);
        for (String sql : counterUpdates) {
            assertFalse(sql.matches("(?s).*(ID|ADDRESS|LOCKEDUNTIL|BLOCKEDUNTIL|FAILURES|FAILEDATTEMPTS) [<>=]+ ['0-9].*"),
                    "a value is written into the statement: " + sql);
        }
    }
}
