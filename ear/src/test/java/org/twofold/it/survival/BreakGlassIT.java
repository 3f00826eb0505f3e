package org.twofold.it.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.it.ApiCalls;
import org.twofold.it.ApiCalls.Answer;
import org.twofold.it.Browser;
import org.twofold.it.TestServer;

/**
 * Break-glass across restarts: the server started with TWOFOLD_BREAK_GLASS=true signs an
 * administrator in with the password alone, says so in the log, the console and the audit log;
 * started without it, the second step is back and the stored settings are as they were. Its
 * user comes from {@link KillNineFixtureIT}; it runs in the JVM without Arquillian (ear/pom.xml).
 */
class BreakGlassIT {

    private static final String ADMIN = KillNineFixtureIT.ADMIN;
    private static final String PASSWORD = KillNineFixtureIT.PASSWORD;
    private static final String KEY = "token " + KillNineFixtureIT.ADMIN_KEY;

    @Test
    void breakGlassSkipsTheSecondStepUntilTheServerStartsWithoutIt() throws Exception {
        String settingsBefore = ApiCalls.call("GET", "settings", KEY, null).body();
        assertTrue(settingsBefore.contains("\"twoFactorEnabled\":true"), settingsBefore);

        TestServer.stop();
        TestServer.start(Map.of("TWOFOLD_BREAK_GLASS", "true"));
        try {
            Browser browser = new Browser();
            Browser.Page afterPassword = browser.submit(browser.get("/login.xhtml"), "login",
                    Map.of("username", ADMIN, "password", PASSWORD), "submit");
            assertEquals("/desk.xhtml", afterPassword.path(), "the password alone signs in: " + afterPassword.text());
            Browser.Page console = browser.get("/admin/index.xhtml");
            assertEquals(200, console.status(), console.text());
            assertTrue(console.html().select("#breakGlass").text().startsWith("Break-glass is on"), console.text());
            assertTrue(console.text().contains("Break-glass is on (TWOFOLD_BREAK_GLASS)"), "the dashboard's warning: "
                    + console.text());

            Answer audit = ApiCalls.call("GET", "audit?user=" + ADMIN + "&type=SIGN_IN_SUCCEEDED&max=1", KEY, null);
            assertTrue(audit.body().contains("second factor bypassed by break-glass"), audit.body());
            assertTrue(TestServer.logSinceStart().contains("Break-glass is on (TWOFOLD_BREAK_GLASS=true)"),
                    "the log warns from the start");
        } finally {
            TestServer.stop();
            TestServer.start(Map.of());
        }

        Browser browser = new Browser();
        Browser.Page afterPassword = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("username", ADMIN, "password", PASSWORD), "submit");
        assertEquals("/code.xhtml", afterPassword.path(), "the second step is back: " + afterPassword.text());
        assertEquals(settingsBefore, ApiCalls.call("GET", "settings", KEY, null).body(), "the stored settings are unchanged");
        assertFalse(TestServer.logSinceStart().contains("Break-glass is on"), "and the log no longer warns");
    }
}
