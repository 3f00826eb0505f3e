package org.twofold.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.twofold.cli.Twofold;

/**
 * The client side of the API and command-line tests: raw HTTP requests to {@code /api/v1},
 * and the {@code twofold} command run in this JVM against the test server.
 */
public final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .sslContext(TestTls.acceptingTestServers())
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private ApiCalls() {
    }

    /** What the server answered. */
    public record Answer(int status, String contentType, String body) {
    }

    /** What the command printed and its exit code. */
    public record Run(int code, String out, String err) {
    }

    public static String token(String keyId, String secret) {
        return "token " + keyId + ":" + secret;
    }

    public static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** A request with this Authorization header (null: none) and JSON body (null: none). */
    public static Answer call(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Browser.BASE.resolve("/api/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** A GET of any path of the server (not only the API's), with this Authorization header (null: none). */
    public static Answer get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Browser.BASE.resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** A GET of any path of the server with one header of the test's choosing. */
    public static Answer getWithHeader(String path, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Browser.BASE.resolve(path)).timeout(Duration.ofSeconds(30)).header(header, value).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** {@code ./twofold ARGS} against the test server, with this key in TWOFOLD_API_KEY. */
    public static Run twofold(String key, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("TWOFOLD_URL", Browser.BASE.toString(), "TWOFOLD_API_KEY", key);
        int code = Twofold.run(args, env, Path.of(System.getProperty("java.io.tmpdir")), TestTls.acceptingTestServers(),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * The command line as a person at their own machine runs it: their home folder, no key in
     * the environment, and {@code input} on standard input (what they would type at the prompts).
     */
    public static Run twofoldAt(Path home, String input, String... args) {
        return twofoldAt(home, new java.io.BufferedReader(new java.io.StringReader(input)), args);
    }

    /** As {@link #twofoldAt(Path, String, String...)}, with a person who types as the prompts come. */
    public static Run twofoldAt(Path home, java.io.BufferedReader typing, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Twofold.run(args, Map.of("TWOFOLD_URL", Browser.BASE.toString()), home, TestTls.acceptingTestServers(),
                typing, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    public static URI base() {
        return Browser.BASE;
    }
}
