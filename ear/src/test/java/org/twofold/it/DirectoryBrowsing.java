package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.openqa.selenium.By;

/**
 * The company directory from outside: an admin connects it on the console's Directory page
 * in chromium, and its people sign in with their company password in a browser.
 */
public final class DirectoryBrowsing {

    public static final String WRONG_CREDENTIALS = "Wrong username or password.";
    public static final String NOT_POSSIBLE_NOW = "Signing in is not possible right now";

    private DirectoryBrowsing() {
    }

    /**
     * A bad connection is refused with a message and changes nothing; the Active Directory
     * preset fills the attribute names; the saved connection finds a user on "Test connection"
     * with the roles the group mapping gives.
     */
    public static void adminConnectsTheActiveDirectory(String adminName, String adminSeed, String password) throws Exception {
        try (ConsoleBrowser admin = new ConsoleBrowser(Files.createTempDirectory("twofold-directory"))) {
            admin.signIn(adminName, password, new Authenticator(adminSeed));
            admin.open("/admin/directory.xhtml");
            assertEquals("Directory sign-in is off: only local users can sign in.", admin.element("directoryState").getText());

            admin.check(By.id("directory:enabled_input"), true);
            admin.submit("directory:save");
            assertTrue(admin.text().contains("Enter at least one server URL."), admin.text());
            admin.open("/admin/directory.xhtml");
            assertEquals("Directory sign-in is off: only local users can sign in.", admin.element("directoryState").getText(),
                    "nothing was saved");

            admin.submit("directory:presets:0:preset"); // Active Directory (sAMAccountName)
            assertEquals("sAMAccountName", admin.element("directory:loginAttribute").getAttribute("value"));
            assertEquals("mail, proxyAddresses", admin.element("directory:emailAttributes").getAttribute("value"));
            admin.check(By.id("directory:enabled_input"), true);
            admin.type("directory:urls", "ldap://127.0.0.1:" + TestDirectory.AD_PORT);
            admin.type("directory:bindDn", TestDirectory.AD_SERVICE_DN);
            admin.type("directory:bindPassword", TestDirectory.AD_SERVICE_PASSWORD);
            admin.type("directory:userBaseDn", "OU=People," + TestDirectory.AD_BASE);
            admin.submit("directory:addMapping");
            admin.submit("directory:addMapping");
            admin.type("directory:mapping:0:group", "Twofold Admins");
            admin.choose("directory:mapping:0:role", "Administrator");
            admin.type("directory:mapping:1:group", "CN=Staff,OU=Groups," + TestDirectory.AD_BASE);
            admin.choose("directory:mapping:1:role", "Directory Staff");
            admin.submit("directory:save");
            assertTrue(admin.text().contains("Saved."), admin.text());
            assertEquals("Directory sign-in is on.", admin.element("directoryState").getText());
            assertEquals("A password is stored; leave blank to keep it.", admin.element("bindPasswordState").getText());
            assertEquals("", admin.element("directory:bindPassword").getAttribute("value"), "the password is never shown");

            admin.type("directory:testLogin", "JDoe");
            admin.submit("directory:test");
            assertEquals("Connected and found the user.", admin.element("testOutcome").getText(), admin.text());
            assertEquals("jdoe", admin.element("testLoginName").getText());
            assertEquals("Jane Doe", admin.element("testName").getText());
            assertEquals("jane.doe@corp.example, jdoe@old.corp.example", admin.element("testEmails").getText());
            assertEquals("+4915100000101", admin.element("testPhones").getText());
            assertEquals("Administrator, Directory Staff", admin.element("testRoles").getText());

            admin.type("directory:testLogin", "nobody");
            admin.submit("directory:test");
            assertEquals("Connected, but no single user has that login.", admin.element("testOutcome").getText());
        }
    }

    /**
     * Jane, a member of "Twofold Admins" in the directory, signs in with her company password
     * (typed in another case); her record is made, the app link goes to her directory address,
     * and the group mapping lets her into the console.
     */
    public static LinkEnrolmentBrowsing.Enrolled directoryAdminSignsIn() throws Exception {
        LinkEnrolmentBrowsing.Enrolled jane = LinkEnrolmentBrowsing.signInEnrollingByEmailedLink("JDoe", TestDirectory.PASSWORD,
                "jane.doe@corp.example");
        Browser.Page desk = jane.browser().get("/desk.xhtml");
        assertTrue(desk.text().contains("Welcome, Jane Doe"), desk.text());
        Browser.Page console = jane.browser().get("/admin/index.xhtml");
        assertEquals(200, console.status(), console.text());
        assertEquals("/admin/index.xhtml", console.path());

        // On the Users page she is a directory user, with no password to set.
        Browser.Page users = jane.browser().get("/admin/users.xhtml");
        users = jane.browser().submit(users, "users", Map.of("search", "jdoe"), "searchButton");
        assertEquals("Directory", users.html().getElementById("users:list:0:source").text(), users.text());
        Browser.Page editor = jane.browser().submit(users, "users", Map.of(), "list:0:edit");
        assertEquals("Kept in the company directory", editor.html().getElementById("users:passwordFromDirectory").text(), editor.text());
        assertEquals(null, editor.html().getElementById("users:password"), "no password field for a directory user");
        return jane;
    }

    /** What the password step answers, and where it leads. */
    public static Browser.Page passwordStep(String username, String password) {
        Browser browser = new Browser();
        return browser.submit(browser.get("/login.xhtml"), "login", Map.of("username", username, "password", password),
                "submit");
    }
}
