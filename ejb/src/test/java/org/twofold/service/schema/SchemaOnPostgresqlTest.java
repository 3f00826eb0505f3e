package org.twofold.service.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.testing.TestPostgresql;

/** The changelog, and the move of a single node's Derby data, on a real PostgreSQL server. */
class SchemaOnPostgresqlTest {

    private static TestPostgresql server;

    @TempDir
    Path temp;

    @BeforeAll
    static void startPostgresql() throws Exception {
        server = TestPostgresql.start(55433);
    }

    @AfterAll
    static void stopPostgresql() throws Exception {
        server.close();
    }

    @Test
    void anEmptyDatabaseGetsEveryChangesetThenNothingMore() throws Exception {
        server.createDatabase("fresh");
        try (Connection db = server.connect("fresh")) {
            assertEquals(SchemaMigratorTest.EVERY_CHANGESET, SchemaMigrator.migrate(db));
            assertEquals(0, number(db, "SELECT COUNT(*) FROM TF_USER"));
            assertEquals(3, number(db, "SELECT COUNT(*) FROM TF_JOB_LEASE"));
            assertEquals(List.of(), SchemaMigrator.migrate(db), "a second start changes nothing");
        }
    }

    @Test
    void aSingleNodesDerbyDataFromReleaseA207724MovesToPostgresqlWithEveryRow() throws Exception {
        Path derbyFolder = SchemaMigratorTest.copyOf(SchemaMigratorTest.FIXTURE, temp.resolve("single-node"));
        server.createDatabase("moved");
        try (Connection derby = DriverManager.getConnection("jdbc:derby:" + derbyFolder.toAbsolutePath());
             Connection postgresql = server.connect("moved")) {
            DatabaseCopy.Report report = DatabaseCopy.copy(derby, postgresql);

            assertEquals(2, report.rows().get("tf_user"));
            assertTrue(report.rows().get("tf_audit_event") > 5, report.toString());
            assertTrue(report.rows().keySet().stream().toList().indexOf("tf_user")
                    < report.rows().keySet().stream().toList().indexOf("tf_totp_factor"), "parents before children");
            assertEquals(List.of(), SchemaMigrator.migrate(postgresql), "the copy is at this release's schema");
            assertEquals("EMAIL", text(postgresql, "SELECT PREFERREDMETHOD FROM TF_USER WHERE USERNAME = 'jane'"));
            assertEquals("t", text(postgresql, "SELECT REQUIRESTWOFACTOR FROM TF_ROLE WHERE NAME = 'Finance'"), "booleans stay true");
            assertEquals("Fixture Corp", text(postgresql, "SELECT OTPISSUER FROM TF_SETTINGS"));
            assertEquals(number(derby, "SELECT MIN(OCCURREDAT) FROM TF_AUDIT_EVENT"),
                    number(postgresql, "SELECT MIN(OCCURREDAT) FROM TF_AUDIT_EVENT"), "times are the same instants");
            assertArrayEquals(bytes(derby, "SELECT ENCRYPTEDSEED FROM TF_TOTP_FACTOR ORDER BY ID"),
                    bytes(postgresql, "SELECT ENCRYPTEDSEED FROM TF_TOTP_FACTOR ORDER BY ID"), "the sealed seed, byte for byte");

            long lastRole = number(postgresql, "SELECT MAX(ID) FROM TF_ROLE");
            try (Statement insert = postgresql.createStatement()) {
                insert.executeUpdate("INSERT INTO TF_ROLE (NAME, BUILTIN, REQUIRESTWOFACTOR) VALUES ('Added later', FALSE, FALSE)");
            }
            assertEquals(lastRole + 1, number(postgresql, "SELECT ID FROM TF_ROLE WHERE NAME = 'Added later'"),
                    "new rows get ids after the copied ones");

            DatabaseCopy.CopyRefusedException again = assertThrows(DatabaseCopy.CopyRefusedException.class,
                    () -> DatabaseCopy.copy(derby, postgresql));
            assertTrue(again.getMessage().contains("empty database"), again.getMessage());
        }
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static byte[] bytes(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBytes(1);
        }
    }
}
