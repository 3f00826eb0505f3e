package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages as a person who uses the keyboard alone, or a screen reader, meets them: axe-core
 * checks each page on the way (its findings are gathered and asserted at the end, so one run
 * names them all), and the sign-in is done with keys only.
 */
public final class AccessibilityBrowsing {

    private static final List<String> CONSOLE_PAGES = List.of("/admin/index.xhtml", "/admin/users.xhtml",
            "/admin/roles.xhtml", "/admin/settings.xhtml", "/admin/messaging.xhtml", "/admin/queue.xhtml",
            "/admin/audit.xhtml", "/admin/directory.xhtml", "/admin/applications.xhtml");


    private AccessibilityBrowsing() {
    }


    /**
     * From the sign-in page to the Desk with keys only: the username field has the focus, Tab
     * reaches the password, Enter submits; a wrong password is announced and takes the focus;
     * the code field is a one-time-code field with a number pad and has the focus.
     */
    public static void anAdministratorSignsInWithTheKeyboardAlone(String username, String seed, String password,
                                                                Path downloads) throws Exception {
        List<String> violations = new ArrayList<>();
        try (ConsoleBrowser browser = new ConsoleBrowser(downloads)) {
            browser.open("/login.xhtml");
            violations.addAll(AxeCheck.violations(browser));
            assertEquals("login:username", browser.focused().getAttribute("id"), "the username field has the focus");
            browser.press(username, Keys.TAB);
            assertEquals("login:password", browser.focused().getAttribute("id"), "Tab goes on to the password");
            browser.pressForNextPage("not the password", Keys.ENTER);

            WebElement focused = browser.focused();
            assertTrue(focused.getText().contains("Wrong username or password."),
                    "the error takes the focus, so a screen reader reads it: " + focused.getTagName() + " " + focused.getText());
            assertEquals(1, browser.script("return document.querySelectorAll('[role=alert]').length;") instanceof Long n
                    ? n.intValue() : -1, "the error is announced as an alert");
            violations.addAll(AxeCheck.violations(browser));
            browser.press(Keys.TAB);
            assertEquals("login:username", browser.focused().getAttribute("id"), "Tab from the error goes to the fields");
            browser.press(Keys.TAB);
            browser.pressForNextPage(password, Keys.ENTER);

            assertEquals("/code.xhtml", browser.path(), browser.text());
            WebElement code = browser.focused();
            assertEquals("code:otp", code.getAttribute("id"), "the code field has the focus");
            assertEquals("one-time-code", code.getAttribute("autocomplete"));
            assertEquals("numeric", code.getAttribute("inputmode"));
            violations.addAll(AxeCheck.violations(browser));
            browser.pressForNextPage(Authenticator.shared(seed).nextCode(), Keys.ENTER);
            assertEquals("/desk.xhtml", browser.path(), browser.text());
            violations.addAll(AxeCheck.violations(browser));
        }
        assertNoSeriousViolation(violations);
    }

    /** The Security page and every page of the console, as an administrator sees them. */
    public static void theSecurityPageAndEveryConsolePagePassAxe(String username, String seed, String password,
                                                                 Path downloads) throws Exception {
        List<String> violations = new ArrayList<>();
        try (ConsoleBrowser browser = new ConsoleBrowser(downloads)) {
            browser.signIn(username, password, Authenticator.shared(seed));
            browser.open("/account/security.xhtml");
            violations.addAll(AxeCheck.violations(browser));
            for (String page : CONSOLE_PAGES) {
                browser.open(page);
                assertEquals(page, browser.path(), browser.text());
                violations.addAll(AxeCheck.violations(browser));
            }
        }
        assertNoSeriousViolation(violations);
    }

    /** A newcomer whose role asks for a second factor meets the enrolment page. */
    public static void aNewcomerMeetsTheEnrolmentPage(String username, String password, Path downloads) {
        try (ConsoleBrowser browser = new ConsoleBrowser(downloads)) {
            browser.passwordStep(username, password);
            assertEquals("/enrol.xhtml", browser.path(), browser.text());
            assertNoSeriousViolation(AxeCheck.violations(browser));
        }
    }

    /**
     * The pages met without signing in: an enrolment link that is not valid, an application's
     * refused sign-in request, the expired-page and error pages.
     */
    public static void thePagesMetOutsideASignInPassAxe(Path downloads) {
        List<String> violations = new ArrayList<>();
        try (ConsoleBrowser browser = new ConsoleBrowser(downloads)) {
            for (String page : List.of("/enrolment-link?t=not-a-link", "/authorize?client_id=no-such-application"
                    + "&response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fnowhere.example%2Fcb",
                    "/expired.xhtml", "/error.xhtml")) {
                browser.open(page);
                violations.addAll(AxeCheck.violations(browser));
            }
        }
        assertNoSeriousViolation(violations);
    }

    private static void assertNoSeriousViolation(List<String> violations) {
        assertTrue(violations.isEmpty(), violations.size() + " serious or critical violation(s):\n"
                + String.join("\n", violations));
    }
}
