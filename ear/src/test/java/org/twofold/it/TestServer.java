package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The Liberty server the tests share, driven with its own scripts as an operator would: stopped,
 * killed, started (with extra environment variables), and its log read.
 */
public final class TestServer {

    private TestServer() {
    }

    /** {@code server stop}: a clean shutdown. */
    public static void stop() throws Exception {
        run("stop", Map.of());
    }

    /** SIGKILL: no shutdown hooks, nothing flushed. */
    public static void kill() throws Exception {
        Path pidFile = wlp().resolve("usr/servers/.pid/" + serverName() + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
        server.destroyForcibly();
        server.onExit().get();
    }

    /** {@code server start} with these variables added to the environment, then waits until it is ready. */
    public static void start(Map<String, String> environment) throws Exception {
        run("start", environment);
        HttpClient http = HttpClient.newBuilder().sslContext(TestTls.acceptingTestServers()).build();
        URI ready = Browser.BASE.resolve("/health/ready");
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not become ready within 2 minutes of the start");
    }

    /** messages.log and, should it have rolled over, the older files. */
    public static String log() throws IOException {
        Path logs = wlp().resolve("usr/servers/" + serverName() + "/logs");
        StringBuilder text = new StringBuilder();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(logs, "messages*.log")) {
            for (Path file : files) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    /** messages.log only: what the server wrote since its last start. */
    public static String logSinceStart() throws IOException {
        return Files.readString(wlp().resolve("usr/servers/" + serverName() + "/logs/messages.log"), StandardCharsets.UTF_8);
    }

    private static void run(String action, Map<String, String> environment) throws Exception {
        ProcessBuilder command = new ProcessBuilder(wlp().resolve("bin/server").toString(), action, serverName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp().resolveSibling("server-script.log").toFile()));
        command.environment().putAll(environment);
        assertEquals(0, command.start().waitFor(), "server " + action);
    }

    private static Path wlp() {
        return Path.of(System.getProperty("twofold.it.wlp.dir"));
    }

    private static String serverName() {
        return System.getProperty("twofold.it.server.name", "twofold-it");
    }
}
