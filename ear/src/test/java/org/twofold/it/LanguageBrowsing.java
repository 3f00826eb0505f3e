package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pages and emails in the person's language, in chromium: the browser's Accept-Language
 * picks the sign-in page's; a choice on the Security page wins over it, in every browser the
 * person signs in with, and in the emails Twofold sends them. Times carry their zone.
 */
public final class LanguageBrowsing {

    /** A time as the pages show it: never a raw ISO instant, always with its zone named. */
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private LanguageBrowsing() {
    }

    /**
     * A person whose browser asks for {@code languages} signs in: the sign-in page, the code
     * page and the Desk speak that language.
     *
     * @param words the sign-in button's label, the code page's button and the Desk's title in that language
     */
    public static void signsInInTheBrowsersLanguage(String languages, String username, String password, String seed,
                                                    String... words) throws Exception {
        try (ConsoleBrowser browser = new ConsoleBrowser(Files.createTempDirectory("twofold-language"), languages)) {
            String language = languages.substring(0, 2);
            browser.open("/login.xhtml");
            assertEquals(language, browser.script("return document.documentElement.lang;"),
                    "the page says its language to screen readers");
            assertEquals(words[0], browser.element("login:submit").getText());
            browser.type("login:username", username);
            browser.type("login:password", password);
            browser.submit("login:submit");
            assertEquals(words[1], browser.element("code:verify").getText(), browser.text());
            browser.type("code:otp", Authenticator.shared(seed).nextCode());
            browser.submit("code:verify");
            assertEquals("/desk.xhtml", browser.path(), browser.text());
            assertTrue(browser.text().contains(words[2]), browser.text());
            String when = browser.element("activity:0:when").getText();
            assertFalse(ISO_INSTANT.matcher(when).find(), "not a raw instant: " + when);
            assertTrue(when.matches(".*\\d{1,2}:\\d{2}:\\d{2}.* [A-Z][A-Za-z+\\-0-9]+$"), "a time with its zone: " + when);
        }
    }

    /** The sign-in page's own language links: an English browser's person picks Deutsch, with the keyboard. */
    public static void picksGermanOnTheSignInPage() throws Exception {
        try (ConsoleBrowser browser = new ConsoleBrowser(Files.createTempDirectory("twofold-language"), "en-US,en")) {
            browser.open("/login.xhtml");
            assertEquals("Sign in", browser.element("login:submit").getText());
            browser.script("document.querySelector('#languages a[lang=de]').focus();");
            browser.pressForNextPage(org.openqa.selenium.Keys.ENTER);
            assertEquals("/login.xhtml", browser.path());
            assertEquals("de", browser.script("return document.documentElement.lang;"));
            assertEquals("Anmelden", browser.element("login:submit").getText());
            assertEquals("page", browser.script("return document.querySelector('#languages a[lang=de]').getAttribute('aria-current');"));
        }
    }

    /**
     * An English browser's person chooses French on the Security page: the page answers in
     * French at once, their next email is French, and a fresh English browser they sign in with
     * shows French from the Desk on.
     */
    public static void choosesFrenchForPagesAndEmails(String username, String password, String seed, String address)
            throws Exception {
        try (ConsoleBrowser browser = new ConsoleBrowser(Files.createTempDirectory("twofold-language"), "en-US,en")) {
            browser.signIn(username, password, Authenticator.shared(seed));
            browser.open("/account/security.xhtml");
            assertEquals("en", browser.script("return document.documentElement.lang;"));
            browser.script("document.getElementById('language:choice').value = 'fr';");
            browser.submit("language:saveLanguage");
            assertTrue(browser.text().contains("Enregistré : vos pages, e-mails et SMS utilisent cette langue."), browser.text());
            assertEquals("Enregistrer la langue", browser.element("language:saveLanguage").getText());

            browser.type("confirm:password", password);
            browser.submit("confirm:confirmButton");
            browser.submit("recoveryCodes:create");
            assertEquals("Nouveaux codes de secours pour votre compte", awaitMail(address, "Nouveaux codes de secours").getSubject(),
                    "the email is in the chosen language");
        }
        try (ConsoleBrowser fresh = new ConsoleBrowser(Files.createTempDirectory("twofold-language"), "en-US,en")) {
            fresh.signIn(username, password, Authenticator.shared(seed));
            assertTrue(fresh.text().contains("Activité récente de votre compte"), "the record's choice follows the person: "
                    + fresh.text());
            fresh.open("/account/security.xhtml");
            assertEquals("Enregistrer la langue", fresh.element("language:saveLanguage").getText());
        }
    }


    private static MimeMessage awaitMail(String address, String subjectStart) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = TestMailServer.receivedFor(address).stream()
                    .filter(mail -> subject(mail).startsWith(subjectStart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no email '" + subjectStart + "...' reached " + address + "; it has "
                + TestMailServer.receivedFor(address).stream().map(LanguageBrowsing::subject).toList());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
