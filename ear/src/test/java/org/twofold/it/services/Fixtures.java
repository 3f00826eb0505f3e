package org.twofold.it.services;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.twofold.it.TestTls;

/**
 * Set-up for a test class as a fixture, not as a first {@code @Test}: called from a static
 * {@code @BeforeAll}, it runs the class's {@link Fixture} in the server, from the test JVM
 * through the test archive's {@link FixtureServlet}, and directly when JUnit runs the class
 * inside the server. So every test of the class finds its users, whatever ran before.
 */
public final class Fixtures {

    private static final URI BASE = URI.create(System.getProperty("twofold.url", "https://localhost:9543") + "/");

    private Fixtures() {
    }

    /** @param archive the name the test archive was deployed under ({@link ServiceArchive#create}) */
    public static void prepare(String archive, Class<? extends Fixture> fixture) throws Exception {
        if (System.getProperty("twofold.it.wlp.dir") == null) { // inside the server
            CDI.current().select(fixture).get().prepare();
            return;
        }
        HttpClient http = HttpClient.newBuilder().sslContext(TestTls.acceptingTestServers()).build();
        URI uri = BASE.resolve(archive + "/fixture?name=" + URLEncoder.encode(fixture.getName(), StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 204) {
            throw new AssertionError("the fixture " + fixture.getSimpleName() + " failed: " + answer.statusCode() + " " + answer.body());
        }
    }
}
