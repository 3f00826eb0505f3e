package org.twofold.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Hotp;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.Totp;

/**
 * Makes N users for the load driver: each created through the REST API (role "Bench", whose
 * members need a second factor) and then enrolled the way a person does, by signing in and
 * typing the code of the key the enrolment page shows. Users already in bench-users.csv are
 * kept; an existing user missing from it has their factors reset and is enrolled again.
 */
final class Seeder {

    private Seeder() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        URI base = options.url();
        String key = options.key();
        int users = options.number("users", 1000);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        api(http, base, key, "POST", "roles", "{\"name\": \"Bench\", \"requiresTwoFactor\": true}");

        int made = Seeding.missing(BenchUser.FILE, users, options.number("threads", 4),
                username -> seedOne(http, base, key, username));
        System.out.println(made + " users seeded; " + BenchUser.load().size() + " in " + BenchUser.FILE);
    }

    private static void seedOne(HttpClient http, URI base, String key, String username) throws Exception {
        int created = api(http, base, key, "POST", "users", "{\"username\": \"" + username + "\", \"displayName\": \""
                + username + "\", \"password\": \"" + BenchUser.PASSWORD + "\", \"roles\": [\"Bench\"]}");
        if (created == 409) {
            api(http, base, key, "POST", "users/" + username + "/reset-second-factors", null);
        }
        WebSession browser = new WebSession(base, new Timings());
        WebSession.Page enrol = browser.submit(browser.get("login.xhtml", "seed"), "login",
                Map.of("username", username, "password", BenchUser.PASSWORD), "submit", "seed");
        if (!enrol.path().endsWith("/enrol.xhtml")) {
            throw new IllegalStateException("expected the enrolment page, got " + enrol.describe());
        }
        String secret = enrol.html().getElementById("secret").text().replace(" ", "");
        long step = Totp.step(System.currentTimeMillis() / 1000, 30);
        String code = Hotp.generate(Base32.decode(secret), step, 6, OtpAlgorithm.SHA1);
        WebSession.Page desk = browser.submit(enrol, "enrol", Map.of("otp", code), "verify", "seed");
        if (!desk.path().endsWith("/desk.xhtml")) {
            throw new IllegalStateException("enrolment ended on " + desk.describe());
        }
        synchronized (Seeder.class) {
            Files.writeString(BenchUser.FILE, username + "," + secret + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** @return the status; 409 (exists already) is no error here */
    static int api(HttpClient http, URI base, String key, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/v1/" + path))
                .header("Authorization", "token " + key).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400 && response.statusCode() != 409) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.statusCode();
    }
}
