package org.twofold.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's haproxy in front of the test cluster's nodes, as docs/haproxy-cluster.cfg
 * configures it (addresses, ports and certificates changed, nothing else), started as an
 * ordinary process in a temporary folder.
 */
final class TestHaproxy implements AutoCloseable {

    private static final Path DOCUMENTED = Path.of(System.getProperty("twofold.it.docs.dir", "../docs"), "haproxy-cluster.cfg");

    private final Path folder;
    private final Process haproxy;
    private final int port;

    private TestHaproxy(Path folder, Process haproxy, int port) {
        this.folder = folder;
        this.haproxy = haproxy;
        this.port = port;
    }

    /** Balances {@code port} over the nodes' HTTPS ports. */
    static TestHaproxy start(int port, List<Integer> nodePorts) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("twofold-haproxy");
        certificate(folder);
        String config = Files.readString(DOCUMENTED)
                .replace("bind :443 ssl crt /etc/haproxy/twofold.pem", "bind 127.0.0.1:" + port + " ssl crt " + folder.resolve("proxy.pem"))
                // The nodes' certificates are self-signed, each its own.
                .replace("ssl verify required ca-file /etc/haproxy/twofold-nodes-ca.pem", "ssl verify none")
                .replace("10.0.0.11:9443", "127.0.0.1:" + nodePorts.get(0))
                .replace("10.0.0.12:9443", "127.0.0.1:" + nodePorts.get(1));
        Files.writeString(folder.resolve("haproxy.cfg"), config);
        String program = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        Process haproxy = new ProcessBuilder(program, "-db", "-f", folder.resolve("haproxy.cfg").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("haproxy.log").toFile()).start();
        TestHaproxy started = new TestHaproxy(folder, haproxy, port);
        started.awaitListening();
        return started;
    }

    private static void certificate(Path folder) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-keyout", folder.resolve("proxy.key").toString(),
                "-out", folder.resolve("proxy.crt").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("openssl.log").toFile()).start();
        if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
            throw new IllegalStateException("openssl could not make the proxy's certificate: " + Files.readString(folder.resolve("openssl.log")));
        }
        Files.writeString(folder.resolve("proxy.pem"), Files.readString(folder.resolve("proxy.crt")) + Files.readString(folder.resolve("proxy.key")));
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("haproxy stopped: " + Files.readString(folder.resolve("haproxy.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("haproxy did not listen on " + port);
    }

    @Override
    public void close() throws InterruptedException {
        haproxy.destroy();
        if (!haproxy.waitFor(10, TimeUnit.SECONDS)) {
            haproxy.destroyForcibly();
        }
    }
}
