package org.twofold.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Hotp;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.Totp;

/**
 * Keycloak set up as Twofold is for the load driver: a realm whose people need an authenticator
 * app (each user is created with the "configure OTP" action, so the browser flow's OTP form
 * applies), brute-force protection and login events on (Twofold locks accounts out and audits
 * every sign-in), a public client for the browsers, and N users, each enrolled as a person does:
 * by signing in and typing a code of the key the set-up page shows. Keycloak's defaults are kept
 * otherwise (Argon2id, m = 7 MiB, t = 5). Users go to keycloak-users.csv.
 */
final class KeycloakSeeder {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private KeycloakSeeder() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        URI base = URI.create(options.text("url", "http://localhost:8080/"));
        int users = options.number("users", 1000);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String adminPassword = options.text("admin-password", "bench-admin");
        String token = adminToken(http, base, adminPassword);
        admin(http, base, token, "POST", "", "{\"realm\": \"" + KeycloakSignIn.REALM + "\", \"enabled\": true,"
                + " \"bruteForceProtected\": true, \"eventsEnabled\": true}");
        admin(http, base, token, "POST", KeycloakSignIn.REALM + "/clients", "{\"clientId\": \"" + KeycloakSignIn.CLIENT
                + "\", \"publicClient\": true, \"standardFlowEnabled\": true, \"redirectUris\": [\"" + Callback.ADDRESS + "\"]}");

        int made;
        try (Callback callback = Callback.start()) {
            // Keycloak's admin tokens last a minute: one for each user, the seeding takes longer.
            made = Seeding.missing(BenchUser.KEYCLOAK_FILE, users, options.number("threads", 4),
                    username -> seedOne(http, base, adminToken(http, base, adminPassword), username));
        }
        System.out.println(made + " users seeded; " + BenchUser.load(BenchUser.KEYCLOAK_FILE).size() + " in "
                + BenchUser.KEYCLOAK_FILE);
    }

    private static void seedOne(HttpClient http, URI base, String token, String username) throws Exception {
        admin(http, base, token, "POST", KeycloakSignIn.REALM + "/users", "{\"username\": \"" + username
                + "\", \"enabled\": true, \"email\": \"" + username + "@bench.test\", \"emailVerified\": true,"
                + " \"firstName\": \"Bench\", \"lastName\": \"" + username + "\", \"requiredActions\": [\"CONFIGURE_TOTP\"],"
                + " \"credentials\": [{\"type\": \"password\", \"value\": \"" + BenchUser.PASSWORD + "\", \"temporary\": false}]}");
        WebSession browser = new WebSession(base, new Timings());
        WebSession.Page setup = KeycloakSignIn.password(browser, base, username, "seed");
        var secretInput = setup.html().selectFirst("input[name=totpSecret]");
        if (secretInput == null) {
            throw new IllegalStateException("expected the authenticator set-up page, got " + setup.path() + " " + setup.html().title());
        }
        // Keycloak's key is the bytes of this text; the page shows them in Base32.
        byte[] key = secretInput.attr("value").getBytes(StandardCharsets.UTF_8);
        String code = Hotp.generate(key, Totp.step(System.currentTimeMillis() / 1000, 30), 6, OtpAlgorithm.SHA1);
        WebSession.Page back = browser.post(setup, "#kc-totp-settings-form", Map.of("totp", code, "userLabel", "phone"), "seed");
        if (!back.uri().toString().startsWith(Callback.ADDRESS.toString())) {
            throw new IllegalStateException("the set-up ended on " + back.path() + " " + back.html().title());
        }
        synchronized (KeycloakSeeder.class) {
            Files.writeString(BenchUser.KEYCLOAK_FILE, username + "," + Base32.encode(key) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static String adminToken(HttpClient http, URI base, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no admin token: HTTP " + answer.statusCode() + " " + answer.body());
        }
        return token.group(1);
    }

    /** An admin REST call; 409 (exists already) is no error, so the seeding can run again. */
    private static void admin(HttpClient http, URI base, String token, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("admin/realms/" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 400 && answer.statusCode() != 409) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
    }
}
