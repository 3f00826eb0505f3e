package org.twofold.it;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.twofold.cli.Twofold;
import org.twofold.testing.TestPostgresql;

/**
 * Twofold as IT runs it on several machines: a PostgreSQL server, two Liberty nodes on it (this
 * build's server, each with its own ports, data folder and messaging engine), and haproxy in
 * front, round robin with no stickiness. The database is release a207724's single-node Derby
 * data (the fixture), moved there with {@code twofold copy-database}, so its people sign in.
 */
final class TestCluster implements AutoCloseable {

    static final int PROXY_PORT = 9450;
    static final URI BASE = URI.create("https://localhost:" + PROXY_PORT);
    static final Path FIXTURES = Path.of(System.getProperty("twofold.it.fixtures.dir", "../src/test/fixtures"));
    private static final int POSTGRESQL_PORT = 55434;

    private final TestPostgresql database;
    private final List<Node> nodes;
    private final TestHaproxy proxy;

    /** One Liberty server of the cluster. */
    record Node(String name, Path server, int httpsPort) {

        URI base() {
            return URI.create("https://localhost:" + httpsPort);
        }
    }

    private TestCluster(TestPostgresql database, List<Node> nodes, TestHaproxy proxy) {
        this.database = database;
        this.nodes = nodes;
        this.proxy = proxy;
    }

    static TestCluster start() throws Exception {
        TestPostgresql database = TestPostgresql.start(POSTGRESQL_PORT);
        try {
            String url = database.createDatabase("twofold");
            moveTheFixtureInto(url);
            Path wlp = Path.of(System.getProperty("twofold.it.wlp.dir"));
            List<Node> nodes = List.of(node(wlp, 1, url), node(wlp, 2, url));
            for (Node node : nodes) {
                server(wlp, "start", node);
            }
            for (Node node : nodes) {
                awaitStarted(node);
            }
            for (Node node : nodes) {
                awaitReady(node);
            }
            TestHaproxy proxy = TestHaproxy.start(PROXY_PORT, nodes.stream().map(Node::httpsPort).toList());
            return new TestCluster(database, nodes, proxy);
        } catch (Exception | AssertionError e) {
            database.close();
            throw e;
        }
    }

    /** As the operator's guide says: {@code twofold copy-database} from the stopped node's folder. */
    private static void moveTheFixtureInto(String url) throws IOException {
        Path copy = Files.createTempDirectory("twofold-single-node");
        TestFiles.copyTree(FIXTURES.resolve("data-a207724"), copy);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Twofold.run(new String[] {"copy-database", "--from", copy.resolve("db").toString(), "--to", url},
                Map.of("TWOFOLD_DB_PASSWORD", TestPostgresql.PASSWORD), copy, null, new PrintWriter(out), new PrintWriter(err));
        if (exit != 0 || !out.toString().contains("the counts match")) {
            throw new AssertionError("copy-database exited " + exit + ": " + out + err);
        }
    }

    private static Node node(Path wlp, int number, String databaseUrl) throws IOException {
        Path testServer = wlp.resolve("usr/servers").resolve(System.getProperty("twofold.it.server.name", "twofold-it"));
        Node node = new Node("node" + number, wlp.resolve("usr/servers/twofold-cluster-" + number), 9580 + number);
        TestFiles.deleteTree(node.server());
        for (String part : List.of("server.xml", "embedded-derby.xml", "jvm.options", "jdbc", "apps")) {
            TestFiles.copyTree(testServer.resolve(part), node.server().resolve(part));
        }
        Path data = wlp.resolveSibling("cluster-data-" + number);
        TestFiles.deleteTree(data);
        Files.writeString(node.server().resolve("bootstrap.properties"), String.join("\n",
                "twofold.data.dir=" + data.toAbsolutePath(),
                "twofold.http.port=" + (9480 + number),
                "twofold.https.port=" + node.httpsPort(),
                "twofold.messaging.port=" + (9475 + number),
                "twofold.messaging.secure.port=" + (9485 + number), ""));
        Files.writeString(node.server().resolve("server.env"), String.join("\n",
                "TWOFOLD_DB_URL=" + databaseUrl,
                "TWOFOLD_DB_USER=" + TestPostgresql.USER,
                "TWOFOLD_DB_PASSWORD=" + TestPostgresql.PASSWORD,
                "TWOFOLD_ENCRYPTION_KEY=" + Files.readString(FIXTURES.resolve("data-a207724/encryption.key")).trim(),
                "TWOFOLD_NODE_NAME=" + node.name(),
                "TWOFOLD_PUBLIC_URL=" + BASE + "/",
                "TWOFOLD_TRUSTED_PROXIES=127.0.0.1/32",
                "TWOFOLD_SMTP_HOST=localhost",
                "TWOFOLD_SMTP_PORT=" + TestMailServer.SMTP_PORT,
                // A failed delivery waits five seconds: time for a test to kill the node holding its retry.
                "TWOFOLD_DELIVERY_BACKOFF_SECONDS=5",
                "TZ=UTC", ""));
        return node;
    }

    List<Node> nodes() {
        return nodes;
    }

    Node node(String name) {
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name));
    }

    /** SIGKILL: no shutdown, nothing flushed, as when the machine dies. */
    void kill(Node node) throws IOException {
        Path pidFile = node.server().getParent().resolve(".pid/" + node.server().getFileName() + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no node process " + pid));
        process.destroyForcibly();
        process.onExit().join();
    }

    String log(Node node) {
        try {
            return Files.readString(node.server().resolve("logs/messages.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.close();
            Path wlp = Path.of(System.getProperty("twofold.it.wlp.dir"));
            for (Node node : nodes) {
                server(wlp, "stop", node);
            }
        } finally {
            database.close();
        }
    }

    private static void server(Path wlp, String action, Node node) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, node.server().getFileName().toString())
                .redirectErrorStream(true)
                .redirectOutput(wlp.resolveSibling(node.server().getFileName() + "-" + action + ".log").toFile())
                .start();
        process.waitFor();
    }

    /** CWWKZ0001I: the application started; CWWKZ0002E: it did not. */
    private static void awaitStarted(Node node) throws InterruptedException {
        Pattern started = Pattern.compile("CWWKZ0001I");
        Pattern failed = Pattern.compile("CWWKZ0002E|does not start");
        Path file = node.server().resolve("logs/messages.log");
        for (int i = 0; i < 480; i++) {
            String log = Files.exists(file) ? readQuietly(file) : "";
            if (failed.matcher(log).find()) {
                throw new AssertionError(node.name() + " did not start:\n" + log);
            }
            if (started.matcher(log).find()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(node.name() + " did not start within 240 s");
    }

    /**
     * Ready as the load balancer asks it (database, messaging engine, signing key), so that
     * haproxy's first checks find both nodes up and no test starts on one node alone.
     */
    private static void awaitReady(Node node) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().sslContext(TestTls.acceptingTestServers())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(node.base().resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(node.name() + " was not ready within 120 s");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
