package org.twofold.it;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A second Twofold server beside the test server: the same configuration and application, its
 * own name, ports and data folder, started and stopped with Liberty's own {@code bin/server}, as
 * IT would. For the tests that start Twofold on a data folder of their choosing.
 */
public final class ExtraServer {

    private final Path wlp;
    private final String name;
    private final Path folder;
    private final int httpsPort;

    private ExtraServer(Path wlp, String name, int httpsPort) {
        this.wlp = wlp;
        this.name = name;
        this.folder = wlp.resolve("usr/servers").resolve(name);
        this.httpsPort = httpsPort;
    }

    /**
     * A server made anew (any earlier one of this name is removed) on {@code data}; the messaging
     * engine takes {@code messagingPort} and the next one.
     */
    public static ExtraServer create(String name, Path data, int httpPort, int httpsPort, int messagingPort) throws IOException {
        Path wlp = Path.of(System.getProperty("twofold.it.wlp.dir"));
        ExtraServer server = new ExtraServer(wlp, name, httpsPort);
        Path testServer = wlp.resolve("usr/servers").resolve(System.getProperty("twofold.it.server.name", "twofold-it"));
        TestFiles.deleteTree(server.folder);
        for (String part : List.of("server.xml", "embedded-derby.xml", "jvm.options", "jdbc", "apps")) {
            TestFiles.copyTree(testServer.resolve(part), server.folder.resolve(part));
        }
        Files.writeString(server.folder.resolve("bootstrap.properties"), String.join("\n",
                "twofold.data.dir=" + data.toAbsolutePath(),
                "twofold.http.port=" + httpPort,
                "twofold.https.port=" + httpsPort,
                "twofold.messaging.port=" + messagingPort,
                "twofold.messaging.secure.port=" + (messagingPort + 1), ""));
        return server;
    }

    /** The test server's Liberty installation, beside which tests keep their extra data folders. */
    public static Path wlp() {
        return Path.of(System.getProperty("twofold.it.wlp.dir"));
    }

    public URI base() {
        return URI.create("https://localhost:" + httpsPort);
    }

    /**
     * Starts with this environment (server.env) and returns the log once the application has
     * started or refused to (CWWKZ0001I or CWWKZ0002E).
     */
    public String start(Map<String, String> environment) throws Exception {
        Files.writeString(folder.resolve("server.env"), environment.entrySet().stream()
                .map(variable -> variable.getKey() + "=" + variable.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
        run("start");
        return awaitLog("CWWKZ000[12]", 240);
    }

    public void stop() throws Exception {
        run("stop");
    }

    public String awaitLog(String pattern, int seconds) throws Exception {
        Pattern wanted = Pattern.compile(pattern);
        for (int i = 0; i < seconds * 2; i++) {
            String log = log();
            if (wanted.matcher(log).find()) {
                return log;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the log did not show " + pattern + " within " + seconds + " s");
    }

    public String log() throws IOException {
        Path file = folder.resolve("logs/messages.log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private void run(String action) throws Exception {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(wlp.resolveSibling(name + "-" + action + ".log").toFile())
                .start();
        if (process.waitFor() != 0) {
            throw new AssertionError("server " + action + " " + name + " failed: "
                    + Files.readString(wlp.resolveSibling(name + "-" + action + ".log")));
        }
    }
}
