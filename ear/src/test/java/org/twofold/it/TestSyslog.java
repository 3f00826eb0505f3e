package org.twofold.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Debian's rsyslog as a SIEM's collector would run it: listening for RFC 5424 messages over TCP
 * on {@link #PORT} (where the test server's TWOFOLD_AUDIT_SYSLOG points) and writing each one,
 * as received, to a file. An ordinary process in a temporary folder, never the system's service.
 */
public final class TestSyslog implements AutoCloseable {

    public static final int PORT = 9514;

    private final Path folder;
    private final Process rsyslog;

    private TestSyslog(Path folder, Process rsyslog) {
        this.folder = folder;
        this.rsyslog = rsyslog;
    }

    public static TestSyslog start() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("twofold-syslog");
        Files.writeString(folder.resolve("rsyslog.conf"), "global(workDirectory=\"" + folder + "\")\n"
                + "module(load=\"imtcp\")\n"
                + "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"" + PORT + "\")\n"
                + "template(name=\"asReceived\" type=\"string\" string=\"%rawmsg%\\n\")\n"
                + "*.* action(type=\"omfile\" file=\"" + folder.resolve("received.log") + "\" template=\"asReceived\")\n");
        // Debian puts it in /usr/sbin, which a user's PATH may lack.
        String program = Files.isExecutable(Path.of("/usr/sbin/rsyslogd")) ? "/usr/sbin/rsyslogd" : "rsyslogd";
        Process rsyslog = new ProcessBuilder(program, "-n", "-f", folder.resolve("rsyslog.conf").toString(),
                "-i", folder.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("out.log").toFile()).start();
        TestSyslog started = new TestSyslog(folder, rsyslog);
        started.awaitListening();
        return started;
    }

    /** The first message received that {@code wanted} accepts, waiting up to {@code patience} for it. */
    public Optional<String> awaitMessage(Predicate<String> wanted, Duration patience) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            Optional<String> found = received().stream().filter(wanted).findFirst();
            if (found.isPresent() || Instant.now().isAfter(giveUp)) {
                return found;
            }
            Thread.sleep(200);
        }
    }

    /** Every message received so far, one per line. */
    public List<String> received() throws IOException {
        Path file = folder.resolve("received.log");
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", PORT)) {
                return;
            } catch (IOException notYet) {
                if (!rsyslog.isAlive() || Instant.now().isAfter(giveUp)) {
                    throw new IOException("rsyslogd did not listen on " + PORT + ": "
                            + Files.readString(folder.resolve("out.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        rsyslog.destroy();
        if (!rsyslog.waitFor(10, TimeUnit.SECONDS)) {
            rsyslog.destroyForcibly();
        }
    }
}
