package org.twofold.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (Debian's package) for a test: initdb and pg_ctl in a temporary
 * folder, on a loopback port, as an ordinary process and never as a system service. PostgreSQL
 * refuses to run as root, so under root (CI) it runs as the package's user "postgres".
 */
public final class TestPostgresql implements AutoCloseable {

    public static final String USER = "twofold";
    public static final String PASSWORD = "twofold-test";

    private final Path folder;
    private final Path bin;
    private final int port;

    private TestPostgresql(Path folder, Path bin, int port) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
    }

    /** Starts a new, empty server on {@code port}; fails with the reason when PostgreSQL is not installed. */
    public static TestPostgresql start(int port) throws IOException, InterruptedException {
        Path bin = binaries();
        Path folder = Files.createTempDirectory("twofold-postgresql");
        TestPostgresql server = new TestPostgresql(folder, bin, port);
        Path password = folder.resolve("password");
        Files.writeString(password, PASSWORD + "\n", StandardCharsets.US_ASCII);
        server.giveToServerUser();
        server.run(List.of(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U", USER,
                "--pwfile=" + password, "-A", "scram-sha-256", "-E", "UTF8", "--no-sync"));
        // XA (a row and a JMS message in one transaction) needs prepared transactions; fsync is
        // off because a test's database need not survive the machine.
        server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-l",
                folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c max_prepared_transactions=64"
                        + " -c max_connections=200 -c fsync=off", "start"));
        return server;
    }

    /** The JDBC address of a new database of this name. */
    public String createDatabase(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.executeUpdate("CREATE DATABASE " + name);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static Path binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> installed = Files.list(versions)) {
                Path newest = installed.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            }
        }
        throw new IllegalStateException("PostgreSQL is not installed: apt-get install postgresql (.ci/run does)");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void giveToServerUser() throws IOException, InterruptedException {
        if (root()) {
            exec(List.of("chown", "-R", "postgres", folder.toString()));
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        exec(full);
    }

    private void exec(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("twofold-postgresql", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " took over two minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
