package org.twofold.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Hotp;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.Totp;

/**
 * An API key for the seeding, made as a person would on a new server: the Administrator signs
 * in with the first-start password, sets up an app (its key is kept in bench-admin.txt for the
 * next time), confirms the password on the Security page and creates a key. Prints KEYID:SECRET.
 */
final class AdminKey {

    private static final Path SECRET_FILE = Path.of("bench-admin.txt");

    private AdminKey() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String password = password(options);
        WebSession browser = new WebSession(options.url(), new Timings());
        signIn(browser, options.text("admin", "Administrator"), password);
        WebSession.Page security = browser.get("account/security.xhtml", "key");
        security = browser.submit(security, "confirm", Map.of("password", password), "confirmButton", "key");
        WebSession.Page made = browser.submit(security, "apiKeys", Map.of("label", "load test"), "createKey", "key");
        System.out.println(made.html().getElementById("newKeyToken").text());
    }

    /** Signs the browser in as the Administrator, setting up their app the first time. */
    static void signIn(WebSession browser, String username, String password) throws Exception {
        WebSession.Page next = browser.submit(browser.get("login.xhtml", "key"), "login",
                Map.of("username", username, "password", password), "submit", "key");
        String secret;
        if (next.path().endsWith("/enrol.xhtml")) {
            secret = next.html().getElementById("secret").text().replace(" ", "");
            Files.writeString(SECRET_FILE, secret, StandardCharsets.UTF_8);
            next = browser.submit(next, "enrol", Map.of("otp", code(secret)), "verify", "key");
        } else if (next.path().endsWith("/code.xhtml")) {
            secret = Files.readString(SECRET_FILE, StandardCharsets.UTF_8).strip();
            next = browser.submit(next, "code", Map.of("otp", code(secret)), "verify", "key");
        }
        if (!next.path().endsWith("/desk.xhtml")) {
            throw new IllegalStateException("signing in as the Administrator ended on " + next.describe());
        }
    }

    static String password(Options options) {
        String password = options.text("admin-password", System.getenv("TWOFOLD_ADMIN_PASSWORD"));
        if (password == null) {
            throw new IllegalArgumentException("give --admin-password (the first start prints it) or TWOFOLD_ADMIN_PASSWORD");
        }
        return password;
    }

    private static String code(String secret) {
        return Hotp.generate(Base32.decode(secret), Totp.step(System.currentTimeMillis() / 1000, 30), 6, OtpAlgorithm.SHA1);
    }
}
