package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.twofold.domain.challenge.Destinations;

/**
 * The browser side of the console tests: an administrator in headless chromium, and
 * other users over plain HTTP. One chromium session runs through the steps in order.
 * Kept out of the Arquillian test's signatures, which the server also loads.
 */
public final class ConsoleBrowsing {

    private static ConsoleBrowser admin;
    private static Authenticator adminApp;

    private ConsoleBrowsing() {
    }

    /** SECURITY 1 and 26: the console needs the Administrator role and both sign-in steps. */
    public static void consoleIsForAdminsWithBothSteps(String adminName, String plainName, String plainSeed,
                                                       String password) throws Exception {
        Browser plain = new Browser();
        Browser.Page login = plain.get("/login.xhtml");
        Browser.Page code = plain.submit(login, "login", Map.of("username", plainName, "password", password), "submit");
        Browser.Page desk = plain.submit(code, "code", Map.of("otp", new Authenticator(plainSeed).nextCode()), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        assertFalse(desk.text().contains("Open the admin console"), "no console link for non-admins");
        Browser.Page refused = plain.get("/admin/index.xhtml");
        assertEquals(403, refused.status(), "a signed-in user without the Administrator role gets 403");
        assertFalse(refused.text().contains("Dashboard"), refused.text());

        Browser halfway = new Browser();
        login = halfway.get("/login.xhtml");
        halfway.submit(login, "login", Map.of("username", adminName, "password", password), "submit");
        Browser.Page console = halfway.get("/admin/users.xhtml");
        assertEquals("/code.xhtml", console.path(), "an admin with only the password gets the code step");
        assertFalse(console.text().contains("Users"), console.text());
    }

    /** The admin signs in with the app in chromium and reaches the dashboard from the desk. */
    public static void adminOpensTheDashboard(String adminName, String adminSeed, String password, Path downloads)
            throws Exception {
        admin = new ConsoleBrowser(downloads);
        adminApp = new Authenticator(adminSeed);
        admin.signIn(adminName, password, adminApp);
        admin.submit("console");
        assertEquals("/admin/index.xhtml", admin.path());
        String text = admin.text();
        assertTrue(text.contains("Sign-ins per hour, last 24 hours"), text);
        assertTrue(text.contains("Second factor adoption per role"), text);
        assertTrue(admin.chartDrawn("signIns"), "the sign-in chart is drawn");
        String footer = admin.element("release").getText();
        assertTrue(footer.matches("Twofold " + Pattern.quote(System.getProperty("twofold.release", "?"))
                + ", database schema \\d+-[a-z-]+"), "the footer says the release and the schema: " + footer);
    }

    /** A bad value is refused with a message and changes nothing; a good one is saved. */
    public static void adminAllowsEmailCodes() {
        admin.open("/admin/settings.xhtml");
        admin.check(By.cssSelector("input[name='settings:allowedMethods'][value='EMAIL']"), true);
        admin.type("settings:lockoutThreshold", "1");
        admin.submit("settings:save");
        assertTrue(admin.text().contains("The lockout threshold must be between 3 and 100 failed sign-ins."), admin.text());

        admin.open("/admin/settings.xhtml");
        assertFalse(admin.element("settings:allowedMethods:1").isSelected(), "the refused save changed nothing");
        assertEquals("10", admin.element("settings:lockoutThreshold").getDomProperty("value"));
        admin.check(By.cssSelector("input[name='settings:allowedMethods'][value='EMAIL']"), true);
        admin.submit("settings:save");
        assertTrue(admin.text().contains("Saved. Changed: allowed methods."), admin.text());
    }

    /** The dashboard lists accounts that are locked, and says which only an admin can open again. */
    public static void adminSeesTheLockedAccount(String username) {
        admin.open("/admin/index.xhtml");
        String locked = admin.element("locked").getText();
        assertTrue(locked.contains(username) && locked.contains("an administrator unlocks it"), locked);
    }

    /** The retention periods are in System settings: a too short audit retention is refused, a longer one saved. */
    public static void adminKeepsTheAuditLogLonger() {
        admin.open("/admin/settings.xhtml");
        assertEquals("365", admin.element("settings:auditRetention").getDomProperty("value"));
        assertEquals("30", admin.element("settings:sentMessages").getDomProperty("value"));
        admin.type("settings:auditRetention", "7");
        admin.submit("settings:save");
        assertTrue(admin.text().contains("Audit events must be kept for ever (0) or between 30 and 3650 days."), admin.text());

        admin.open("/admin/settings.xhtml");
        assertEquals("365", admin.element("settings:auditRetention").getDomProperty("value"), "the refused save changed nothing");
        admin.type("settings:auditRetention", "730");
        admin.submit("settings:save");
        assertTrue(admin.text().contains("Saved. Changed: audit retention."), admin.text());
        admin.open("/admin/settings.xhtml");
        assertEquals("730", admin.element("settings:auditRetention").getDomProperty("value"));
    }

    /** #3's done-when: the admin switches a new user to email codes; that user's next sign-in asks for one. */
    public static void adminCreatesAnEmailCodeUser(String username, String password, String email) throws Exception {
        createUser(username, password, email, "EMAIL");
        SentCodeBrowsing.signInWithEmailedCode(username, password, email, 1, Destinations.maskEmail(email));
    }

    /** With a grace period set in the console, a user without an app may set it up later; the Desk reminds them. */
    public static void adminGrantsAGracePeriod(String username, String password) {
        setGraceDays("7");
        assertTrue(admin.text().contains("Saved. Changed: grace period."), admin.text());
        createUser(username, password, null, null);
        try {
            Browser user = new Browser();
            Browser.Page enrol = user.submit(user.get("/login.xhtml"), "login",
                    Map.of("username", username, "password", password), "submit");
            assertEquals("/enrol.xhtml", enrol.path(), enrol.text());
            assertTrue(enrol.text().contains("You may put this off for 7 more day(s)."), enrol.text());
            Browser.Page desk = user.submit(enrol, "later", Map.of(), "skip");
            assertEquals("/desk.xhtml", desk.path(), desk.text());
            assertTrue(desk.text().contains("You have 7 day(s) left"), desk.text());
        } finally {
            setGraceDays("0");
        }
        Browser again = new Browser();
        Browser.Page enrol = again.submit(again.get("/login.xhtml"), "login",
                Map.of("username", username, "password", password), "submit");
        assertEquals("/enrol.xhtml", enrol.path());
        assertFalse(enrol.text().contains("put this off"), "without a grace period the app is due now");
    }

    private static void setGraceDays(String days) {
        admin.open("/admin/settings.xhtml");
        admin.type("settings:graceDays", days);
        admin.submit("settings:save");
    }

    /** Creates a user in the console's form; email and method may be null. */
    private static void createUser(String username, String password, String email, String method) {
        admin.open("/admin/users.xhtml");
        admin.submit("users:newUser");
        admin.type("users:username", username);
        admin.type("users:displayName", "Test " + username);
        admin.type("users:password", password);
        if (email != null) {
            admin.type("users:emails", email);
        }
        if (method != null) {
            admin.choose("users:method", method);
        }
        admin.submit("users:save");
        assertTrue(admin.text().contains("User " + username + " saved."), admin.text());
    }

    public static void adminCreatesAndFlagsARole(String roleName) {
        admin.open("/admin/roles.xhtml");
        admin.type("roles:newName", roleName);
        admin.submit("roles:create");
        assertTrue(admin.text().contains("Role " + roleName + " created."), admin.text());
        int row = rowOf("roles:list", "name", roleName);
        assertEquals("no", admin.element("roles:list:" + row + ":flag").getText());
        admin.submit("roles:list:" + row + ":toggle");
        assertTrue(admin.text().contains("Role " + roleName + ": a second factor is now required."), admin.text());
        assertEquals("yes", admin.element("roles:list:" + rowOf("roles:list", "name", roleName) + ":flag").getText());
    }

    /**
     * Resetting a user's factor removes the app (its codes stop working), tells the user by
     * email, and the next sign-in sets up a new app. Ending sessions signs the user out.
     */
    public static void adminResetsAFactorAndEndsSessions(String username, String seed, String password, String email)
            throws Exception {
        Browser user = new Browser();
        Authenticator app = new Authenticator(seed);
        Browser.Page code = user.submit(user.get("/login.xhtml"), "login",
                Map.of("username", username, "password", password), "submit");
        assertEquals("/desk.xhtml", user.submit(code, "code", Map.of("otp", app.nextCode()), "verify").path());

        admin.open("/admin/users.xhtml");
        admin.type("users:search", email.toUpperCase(java.util.Locale.ROOT)); // found by email, ignoring case
        admin.submit("users:searchButton");
        assertEquals(username, admin.element("users:list:0:username").getText());
        assertEquals("yes", admin.element("users:list:0:app").getText());
        admin.submit("users:list:0:edit");
        String factors = admin.element("users:factors").getText();
        assertTrue(factors.contains("Authenticator app, added") && !factors.contains("last used Not yet"), factors);
        assertTrue(factors.contains("0 remembered browser(s)") && factors.contains("0 unused recovery code(s)"), factors);
        admin.submit("users:cancel");
        admin.submitConfirmed("users:list:0:endSessions");
        assertTrue(admin.text().contains("All sessions of " + username + " ended and their remembered browsers forgotten."),
                admin.text());
        assertEquals("/login.xhtml", user.get("/desk.xhtml").path(), "the user's session has ended");

        admin.submitConfirmed("users:list:0:reset");
        assertTrue(admin.text().contains("Second factors of " + username + " removed."), admin.text());
        assertEquals("no", admin.element("users:list:0:app").getText());
        MimeMessage notice = awaitMail(email, "Your two-factor sign-in was reset");
        assertTrue(String.valueOf(notice.getContent()).contains("removed your second factors"));

        Browser.Page next = user.submit(user.get("/login.xhtml"), "login",
                Map.of("username", username, "password", password), "submit");
        assertNotEquals("/desk.xhtml", next.path());
        assertTrue(next.text().contains("Set up your authenticator app") || next.text().contains("emailed you a link"),
                next.text());
    }

    /** In the user form's factors panel the admin removes one factor; the others stay. */
    public static void adminRemovesOneFactor(String username, String email) throws Exception {
        admin.open("/admin/users.xhtml");
        admin.type("users:search", username);
        admin.submit("users:searchButton");
        admin.submit("users:list:0:edit");
        String before = admin.element("users:factors").getText();
        assertTrue(before.contains("Authenticator app, added") && before.contains("Code by email to " + Destinations.maskEmail(email)), before);
        assertTrue(before.contains("Passkey \"Blue key\" (Security key or device-bound passkey), added"), before);

        admin.submit("users:passkeyFactors:0:removePasskey");
        assertTrue(admin.text().contains("The factor of " + username + " is removed"), admin.text());
        assertFalse(admin.element("users:factors").getText().contains("Blue key"), admin.element("users:factors").getText());
        admin.submit("users:contactFactors:0:removeContact");
        assertTrue(admin.text().contains("The factor of " + username + " is removed"), admin.text());
        String after = admin.element("users:factors").getText();
        assertFalse(after.contains("Code by email to"), after);
        assertTrue(after.contains("Authenticator app, added"), "the app stays: " + after);
        admin.submit("users:cancel");
        // Delivered before the next step stops the mail server, so the queue it reads holds only its own test email.
        awaitMail(email, "A passkey was removed from your account");
        awaitMail(email, "A second factor was removed from your account");
    }

    /**
     * The admin makes an API key for a user in the user form, sees it once, and revokes it:
     * the key authenticates as that user (a non-administrator: "me" answers, the rest is 403)
     * until it is revoked (then 401).
     */
    public static void adminMakesAndRevokesAUsersApiKey(String username) throws Exception {
        admin.open("/admin/users.xhtml");
        admin.type("users:search", username);
        admin.submit("users:searchButton");
        admin.submit("users:list:0:edit");
        assertTrue(admin.element("users:apiKeys").getText().contains("This user has no API keys."));
        admin.type("users:keyLabel", "laptop script");
        admin.submit("users:createKey");
        assertTrue(admin.text().contains("Key created: copy it now"), admin.text());
        String token = admin.element("newKeyToken").getText().strip();
        assertTrue(admin.element("users:keyList").getText().contains("laptop script"), admin.text());
        ApiCalls.Answer me = ApiCalls.call("GET", "me", "token " + token, null);
        assertTrue(me.status() == 200 && me.body().contains("\"username\":\"" + username + "\""), "the key is " + username
                + "'s: " + me.body());
        assertEquals(403, ApiCalls.call("GET", "settings", "token " + token, null).status(), "and they are no administrator");

        admin.submit("users:keyList:0:revokeKey");
        assertTrue(admin.text().contains("A key of " + username + " is revoked"), admin.text());
        assertFalse(admin.has("newKeyToken"), "the secret is not shown again");
        assertEquals(401, ApiCalls.call("GET", "me", "token " + token, null).status(), "the revoked key is refused");
        admin.submit("users:cancel");
    }

    /** A test email that fails while the SMTP server is down is retried from the queue once it is back. */
    public static void adminRetriesAFailedMessage(String address) throws Exception {
        TestMailServer.stop();
        try {
            admin.open("/admin/messaging.xhtml");
            admin.type("messaging:testEmailTo", address);
            admin.submit("messaging:sendTestEmail");
            assertTrue(admin.text().contains("is queued: follow it in the delivery queue."), admin.text());
            admin.open("/admin/queue.xhtml");
            assertEquals(address, admin.element("queue:list:0:to").getText());
            // 5 attempts, 1 s back-off doubling: about 15 s until it fails for good.
            admin.reloadUntil("queue:list:0:status", "Failed", Duration.ofSeconds(60));
            assertTrue(admin.element("counts").getText().matches("Queued \\d+ · sending \\d+ · sent \\d+ · failed [1-9]\\d*"),
                    admin.element("counts").getText());
            assertTrue(admin.element("queue:list:0:error").getText().startsWith("SMTP"),
                    admin.element("queue:list:0:error").getText());
        } finally {
            TestMailServer.start();
        }
        admin.submit("queue:list:0:retry");
        assertTrue(admin.text().contains("is queued again."), admin.text());
        awaitMail(address, "Twofold test email");
        admin.reloadUntil("queue:list:0:status", "Sent", Duration.ofSeconds(30));
    }

    /**
     * The SMS gateway is set up in the console: a template without {{otp}} is refused, a good
     * one saved with an API-key header, and a test SMS reaches the loopback gateway.
     * The gateway is removed again at the end.
     */
    public static void adminSetsUpTheSmsGatewayAndSendsATestSms(String number) throws Exception {
        admin.open("/admin/messaging.xhtml");
        admin.type("messaging:gatewayUrl", "http://127.0.0.1:" + TestSmsGateway.PORT + "/sms");
        admin.type("messaging:template", "Your code, valid {{minutes}} minutes");
        admin.submit("messaging:saveSms");
        assertTrue(admin.text().contains("The message template must contain {{otp}}."), admin.text());
        assertTrue(admin.element("smsState").getText().startsWith("No SMS gateway"));

        admin.type("messaging:template", "{{otp}} is your code");
        admin.submit("messaging:addParameter");
        admin.type("messaging:static:0:name", "X-Api-Key");
        admin.type("messaging:static:0:value", "console-key");
        admin.check(By.id("messaging:static:0:header_input"), true);
        admin.submit("messaging:saveSms");
        assertTrue(admin.text().contains("Saved."), admin.text());
        assertEquals("An SMS gateway is ready.", admin.element("smsState").getText());
        try {
            admin.type("messaging:testSmsTo", "+49 151 000 00042");
            admin.submit("messaging:sendTestSms");
            assertTrue(admin.text().contains("is queued: follow it in the delivery queue."), admin.text());
            Map<String, String> received = null;
            for (int i = 0; i < 200 && received == null; i++) {
                List<Map<String, String>> forms = TestSmsGateway.receivedFor("to", number);
                received = forms.isEmpty() ? null : forms.get(0);
                Thread.sleep(100);
            }
            assertTrue(received != null, "no test SMS reached the gateway");
            assertTrue(received.get("message").contains("test SMS"), received.toString());
            assertEquals("console-key", received.get("header:X-Api-Key"));
        } finally {
            admin.open("/admin/messaging.xhtml");
            admin.type("messaging:gatewayUrl", "");
            admin.submit("messaging:static:0:remove");
            admin.submit("messaging:saveSms");
        }
        assertTrue(admin.element("smsState").getText().startsWith("No SMS gateway"));
    }

    /** The audit log shows the admin's changes under their name and exports them as CSV. */
    public static void adminReadsAndExportsTheAuditLog(String adminName) throws Exception {
        admin.open("/admin/audit.xhtml");
        admin.type("audit:user", adminName);
        admin.choose("audit:type", "SETTINGS_CHANGED");
        admin.submit("audit:filter");
        assertEquals("System settings changed", admin.element("audit:list:0:type").getText());
        assertEquals(adminName, admin.element("audit:list:0:actor").getText());
        assertEquals("changed: enrolmentGraceDays", admin.element("audit:list:0:detail").getText(), "newest first");
        assertTrue(admin.text().contains("changed: allowedMethods"), admin.text());

        admin.element("audit:export").click();
        Path csv = admin.downloads.resolve("twofold-audit.csv");
        for (int i = 0; i < 100 && !Files.exists(csv); i++) {
            Thread.sleep(100);
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("id,time,event,user,admin,ip,detail", lines.get(0));
        assertTrue(lines.size() >= 2, lines.toString());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",SETTINGS_CHANGED,") && l.contains("," + adminName + ",")),
                lines.toString());
    }

    /**
     * "Security" in the console's header opens the admin's own Security page, which works in
     * a real browser within its script policy; no "remember this browser" for an admin.
     */
    public static void adminOpensTheSecurityPage(String password) {
        admin.open("/admin/users.xhtml");
        admin.element("security").click();
        admin.element("confirm:confirmButton");
        assertEquals("/account/security.xhtml", admin.path());
        admin.failOnPolicyViolations();
        assertTrue(admin.text().contains("a code from your authenticator app"), admin.text());
        assertTrue(admin.text().contains("Browsers do not skip the code for you"), admin.text());
        admin.type("confirm:password", password);
        admin.submit("confirm:confirmButton");
        assertTrue(admin.text().contains("Password confirmed"), admin.text());
    }

    /** "Sign out" is in the console's header; afterwards the console asks for the password again. */
    /** Delete, confirmed: the person is gone from the list and cannot sign in; the audit log still names them. */
    public static void adminDeletesAUser(String username, String password) {
        admin.open("/admin/users.xhtml");
        admin.type("users:search", username);
        admin.submit("users:searchButton");
        assertEquals(username, admin.element("users:list:0:username").getText());
        admin.submitConfirmed("users:list:0:delete");
        assertTrue(admin.text().contains("User " + username + " deleted; their audit events stay."), admin.text());
        assertFalse(admin.has("users:list:0:username"), "no one by that name is listed: " + admin.text());
        assertEquals("/login.xhtml", CliBrowsing.afterPassword(username, password));
        admin.open("/admin/audit.xhtml");
        admin.type("audit:user", username);
        admin.submit("audit:filter");
        assertTrue(admin.text().contains("User deleted"), admin.text());
    }

    public static void adminSignsOut() {
        admin.open("/admin/users.xhtml");
        admin.submit("signOut:signOutButton");
        assertEquals("/login.xhtml", admin.path());
        admin.open("/admin/index.xhtml");
        assertEquals("/login.xhtml", admin.path(), "the session is over");
    }

    public static void closeBrowser() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    /**
     * The admin registers an application on the Applications page: a refused address first
     * (nothing registered), then a confidential one whose secret is shown once and redeems at the
     * token endpoint (a wrong code, but no longer a wrong client); then rotates the signing key.
     */
    public static void adminRegistersAnApplicationAndRotatesTheKey(String clientId) throws Exception {
        admin.open("/admin/applications.xhtml");
        assertTrue(admin.element("discovery").getText().endsWith("/.well-known/openid-configuration"));
        admin.submit("applications:new");
        admin.type("applications:clientId", clientId);
        admin.type("applications:name", "Console test app");
        admin.type("applications:redirectUris", "http://" + clientId + ".corp.example/cb");
        admin.submit("applications:save");
        assertTrue(admin.text().contains("Each redirect address must be a full https:// address"), admin.text());
        assertFalse(admin.has("secretValue"));
        admin.type("applications:redirectUris", "https://" + clientId + ".corp.example/cb");
        admin.submit("applications:save");
        assertTrue(admin.text().contains("Application " + clientId + " is registered."), admin.text());
        String secret = admin.element("secretValue").getText().strip();
        assertEquals(clientId, admin.element("applications:list:" + rowOf("applications:list", "clientId", clientId) + ":clientId").getText());
        TestApplication.TokenAnswer answer = new TestApplication(clientId, secret, "https://" + clientId + ".corp.example/cb")
                .redeem("not-a-code", null);
        assertTrue(answer.body().contains("invalid_grant"), "the secret authenticates the application: " + answer.body());

        int keysBefore = admin.texts(By.cssSelector("[id='applications:keys'] tbody tr")).size();
        admin.submitConfirmed("applications:rotate");
        assertTrue(admin.text().contains("A new key signs from now on."), admin.text());
        assertFalse(admin.has("secretValue"), "the secret is not shown again");
        assertEquals(keysBefore + 1, admin.texts(By.cssSelector("[id='applications:keys'] tbody tr")).size(), admin.text());
    }

    private static int rowOf(String tableId, String cellId, String text) {
        for (int row = 0; admin.has(tableId + ":" + row + ":" + cellId); row++) {
            if (text.equals(admin.element(tableId + ":" + row + ":" + cellId).getText())) {
                return row;
            }
        }
        throw new AssertionError(text + " is not in " + tableId);
    }

    private static MimeMessage awaitMail(String address, String subject) throws Exception {
        for (int i = 0; i < 200; i++) {
            for (MimeMessage m : TestMailServer.receivedFor(address)) {
                if (subject.equals(m.getSubject())) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email '" + subject + "' to " + address + " within 20 s");
    }
}
