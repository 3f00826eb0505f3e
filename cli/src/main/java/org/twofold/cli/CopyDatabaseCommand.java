package org.twofold.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.twofold.service.schema.DatabaseCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code twofold copy-database}: moves a stopped single node's Derby database into an empty
 * PostgreSQL database, for running several nodes. Works on the files and the database
 * directly, not through a server.
 */
@Command(name = "copy-database",
        description = "Copy a stopped single node's Derby database into an empty PostgreSQL database, to run several nodes"
                + " on it (docs/cluster.md). Both are brought to this release's schema first; the row counts are compared.",
        footer = "%nExample:%n  TWOFOLD_DB_PASSWORD=... twofold copy-database --from /var/lib/twofold/db \\%n"
                + "      --to jdbc:postgresql://db.corp.example:5432/twofold --db-user twofold")
final class CopyDatabaseCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Option(names = "--from", required = true, description = "the Derby database: the folder db in the node's data folder (TWOFOLD_DATA_DIR)")
    Path from;

    @Option(names = "--to", required = true, description = "the empty PostgreSQL database, jdbc:postgresql://HOST:5432/NAME")
    String to;

    @Option(names = "--db-user", defaultValue = "twofold", description = "the PostgreSQL user (default: ${DEFAULT-VALUE});"
            + " the password comes from TWOFOLD_DB_PASSWORD, else it is asked for")
    String user;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(from.resolve("service.properties"))) {
            throw new UsageException("No Derby database in " + from + " (name the folder db inside the data folder)");
        }
        if (!to.startsWith("jdbc:postgresql:")) {
            throw new UsageException("--to takes a PostgreSQL address, jdbc:postgresql://HOST:5432/NAME");
        }
        String password = password();
        DatabaseCopy.Report report;
        try (Connection derby = openDerby(); Connection postgresql = DriverManager.getConnection(to, user, password)) {
            report = DatabaseCopy.copy(derby, postgresql);
        } catch (DatabaseCopy.CopyRefusedException e) {
            throw new ServerRefused(0, e.getMessage());
        } catch (SQLException e) {
            throw new ServerRefused(0, "PostgreSQL refused: " + e.getMessage());
        } finally {
            shutDownDerby();
        }
        Table table = new Table("TABLE", "ROWS");
        for (Map.Entry<String, Long> copied : report.rows().entrySet()) {
            table.row(copied.getKey(), String.valueOf(copied.getValue()));
        }
        table.print(root.out());
        root.out().println("Copied " + report.total() + " rows; the counts match. Start the nodes with TWOFOLD_DB_URL=" + to
                + " and this node's encryption key as TWOFOLD_ENCRYPTION_KEY.");
        root.out().flush();
        return 0;
    }

    private Connection openDerby() throws ServerRefused {
        // Derby's own log beside the database it opened, not in whatever folder the command ran in.
        System.setProperty("derby.stream.error.file", from.toAbsolutePath().resolveSibling("derby-copy-database.log").toString());
        try {
            return DriverManager.getConnection("jdbc:derby:" + from.toAbsolutePath());
        } catch (SQLException e) {
            // XSDB6: another Java process (the node) has it open.
            throw new ServerRefused(0, "XSDB6".equals(e.getSQLState()) || (e.getCause() instanceof SQLException cause
                    && "XSDB6".equals(cause.getSQLState()))
                    ? "The Derby database is in use: stop the node first" : "Derby cannot open " + from + ": " + e.getMessage());
        }
    }

    private static void shutDownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (XJ015)
        }
    }

    private String password() throws UsageException {
        String fromEnvironment = root.environment("TWOFOLD_DB_PASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageException("set TWOFOLD_DB_PASSWORD, or run at a terminal to be asked for the password");
        }
        char[] typed = console.readPassword("Password of %s at PostgreSQL: ", user);
        return typed == null ? "" : new String(typed);
    }
}
