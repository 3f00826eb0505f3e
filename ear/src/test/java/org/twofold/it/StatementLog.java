package org.twofold.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every SQL statement the shared test server runs, read from outside: while open, Liberty's
 * {@code eventLogging-1.0} feature (added through a configuration drop-in, and removed again at
 * {@link #close}) writes one line per JDBC call to {@code messages.log}, with its SQL text and
 * never a bound value. Counts what the application's data source ran between two marks, and,
 * apart, what Liberty's HTTP session store ran.
 */
public final class StatementLog implements AutoCloseable {

    private static final Pattern EVENT = Pattern.compile(
            "EventLogging .* # eventType=websphere\\.datasource\\.\\w+ # contextInfo=(.*?) \\| (.*?) +# duration=");
    private static final String APPLICATION_SOURCE = "jdbc/twofold";
    private static final String DROP_IN = """
            <server>
              <featureManager><feature>eventLogging-1.0</feature></featureManager>
              <eventLogging logMode="exit" sampleRate="1" minDuration="0ms" includeContextInfo="true"
                  eventTypes="websphere.datasource.psExecuteQuery, websphere.datasource.psExecuteUpdate, websphere.datasource.psExecute, websphere.datasource.executeQuery, websphere.datasource.executeUpdate, websphere.datasource.execute"/>
            </server>
            """;

    private final Path server;
    private final Path dropIn;

    private StatementLog(Path server) {
        this.server = server;
        this.dropIn = server.resolve("configDropins/overrides/statement-log.xml");
    }

    /** Adds the feature to the running server and waits until it is in. */
    public static StatementLog open() throws IOException, InterruptedException {
        Path server = Path.of(System.getProperty("twofold.it.wlp.dir"), "usr/servers",
                System.getProperty("twofold.it.server.name", "twofold-it"));
        StatementLog log = new StatementLog(server);
        long from = log.mark();
        Files.createDirectories(log.dropIn.getParent());
        Files.writeString(log.dropIn, DROP_IN, StandardCharsets.UTF_8);
        log.await(from, Pattern.compile("CWWKF1037I.*eventLogging-1\\.0"));
        return log;
    }

    /** Where the log ends now: count from here. */
    public long mark() {
        try {
            return Files.size(messages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements run since {@code mark}. */
    public Statements since(long mark) {
        List<String> application = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (String line : textSince(mark).split("\n")) {
            Matcher event = EVENT.matcher(line);
            if (event.find()) {
                (event.group(1).equals(APPLICATION_SOURCE) ? application : sessions).add(event.group(2).trim());
            }
        }
        return new Statements(application, sessions);
    }

    /** Removes the feature again and waits until it is out. */
    @Override
    public void close() throws IOException, InterruptedException {
        long from = mark();
        Files.deleteIfExists(dropIn);
        await(from, Pattern.compile("CWWKF0013I.*eventLogging-1\\.0"));
    }

    private void await(long from, Pattern line) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            if (line.matcher(textSince(from)).find()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not log " + line + " within a minute");
    }

    private String textSince(long mark) {
        try {
            byte[] all = Files.readAllBytes(messages());
            int start = mark <= all.length ? (int) mark : 0; // a smaller file has rolled over
            return new String(all, start, all.length - start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path messages() {
        return server.resolve("logs/messages.log");
    }

    /** The application's statements (SQL text, in order) and the session store's. */
    public record Statements(List<String> application, List<String> sessions) {

        public long writes() {
            return application.stream().filter(Statements::isWrite).count();
        }

        public long sessionWrites() {
            return sessions.stream().filter(Statements::isWrite).count();
        }

        private static boolean isWrite(String sql) {
            String verb = sql.stripLeading().split("\\s", 2)[0].toUpperCase();
            return verb.equals("INSERT") || verb.equals("UPDATE") || verb.equals("DELETE") || verb.equals("MERGE");
        }

        @Override
        public String toString() {
            return application.size() + " statements (" + writes() + " writes):\n  " + String.join("\n  ", application)
                    + "\nand " + sessions.size() + " of the session store (" + sessionWrites() + " writes)";
        }
    }
}
