package org.twofold.service.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changelog on real embedded Derby: a new database, one from release a207724, and one from the future. */
class SchemaMigratorTest {

    /** A data folder written by release a207724 (see src/test/fixtures/README.md). */
    private static final Path FIXTURE = Path.of("..", "src", "test", "fixtures", "data-a207724", "db");

    @TempDir
    Path temp;

    @Test
    void anEmptyDatabaseGetsEveryChangesetThenNothingMore() throws Exception {
        try (Connection db = open(temp.resolve("new"), true)) {
            assertEquals(List.of("1-baseline", "2-indexes"), SchemaMigrator.migrate(db));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM TF_USER"));
            assertTrue(hasIndex(db, "IX_AUDIT_TIME"));
            assertEquals(List.of(), SchemaMigrator.migrate(db), "a second start changes nothing");
        }
    }

    @Test
    void aDatabaseFromReleaseA207724IsRecognisedAndUpgradedWithNothingLost() throws Exception {
        Path copy = copyOf(FIXTURE, temp.resolve("old"));
        try (Connection db = open(copy, false)) {
            long audit = count(db, "SELECT COUNT(*) FROM TF_AUDIT_EVENT");
            assertTrue(audit > 5, "the fixture has an audit log: " + audit);

            assertEquals(List.of("1-baseline", "2-indexes"), SchemaMigrator.migrate(db));

            assertEquals("MARK_RAN", text(db, "SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = '1-baseline'"),
                    "today's tables are recognised as the baseline, not created again");
            assertTrue(hasIndex(db, "IX_MESSAGE_STATUS_NEXT"));
            assertEquals(2, count(db, "SELECT COUNT(*) FROM TF_USER"));
            assertTrue(text(db, "SELECT PASSWORDHASH FROM TF_USER WHERE USERNAME = 'jane'").startsWith("pbkdf2"));
            assertEquals("EMAIL", text(db, "SELECT PREFERREDMETHOD FROM TF_USER WHERE USERNAME = 'jane'"));
            assertEquals("jane@example.test", text(db, "SELECT e.ADDRESS FROM TF_USER_EMAIL e JOIN TF_USER u ON u.ID = e.USER_ID WHERE u.USERNAME = 'jane'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM TF_TOTP_FACTOR f JOIN TF_USER u ON u.ID = f.USER_ID "
                    + "WHERE u.USERNAME = 'Administrator' AND f.CONFIRMED = 1"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM TF_ROLE WHERE NAME = 'Finance' AND REQUIRESTWOFACTOR = 1"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM TF_USER_ROLE ur JOIN TF_ROLE r ON r.ID = ur.ROLE_ID "
                    + "JOIN TF_USER u ON u.ID = ur.USER_ID WHERE r.NAME = 'Finance' AND u.USERNAME = 'jane'"));
            assertEquals("Fixture Corp", text(db, "SELECT OTPISSUER FROM TF_SETTINGS"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM TF_SETTINGS_METHOD WHERE METHOD = 'EMAIL'"));
            assertEquals("http://127.0.0.1:9099/sms", text(db, "SELECT GATEWAYURL FROM TF_SMS_SETTINGS"));
            assertEquals(audit, count(db, "SELECT COUNT(*) FROM TF_AUDIT_EVENT"));
            assertEquals(3, count(db, "SELECT COUNT(*) FROM TF_OUTBOUND_MESSAGE"));
            assertEquals(3, count(db, "SELECT ATTEMPTS FROM TF_OUTBOUND_MESSAGE WHERE STATUS = 'QUEUED' AND CHANNEL = 'SMS'"),
                    "the test SMS waiting for its fourth attempt is still waiting");
        }
    }

    @Test
    void aDatabaseUpgradedByANewerReleaseIsRefusedAndLeftAlone() throws Exception {
        try (Connection db = open(temp.resolve("future"), true)) {
            SchemaMigrator.migrate(db);
            try (Statement s = db.createStatement()) {
                s.executeUpdate("INSERT INTO DATABASECHANGELOG (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE) "
                        + "VALUES ('99-from-the-future', 'twofold', 'db/99-future.xml', CURRENT_TIMESTAMP, 99, 'EXECUTED')");
            }
            if (!db.getAutoCommit()) {
                db.commit();
            }
            SchemaTooNewException refused = assertThrows(SchemaTooNewException.class, () -> SchemaMigrator.migrate(db));
            assertEquals(List.of("99-from-the-future"), refused.unknownChangeSets());
            assertTrue(refused.getMessage().contains("newer release"), refused.getMessage());
            assertEquals(3, count(db, "SELECT COUNT(*) FROM DATABASECHANGELOG"), "nothing was run or rolled back");
        }
    }

    private static Connection open(Path folder, boolean create) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + folder.toAbsolutePath() + (create ? ";create=true" : ""));
    }

    private static long count(Connection db, String sql) throws SQLException {
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

    private static boolean hasIndex(Connection db, String name) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = '" + name + "'") == 1;
    }

    private static Path copyOf(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
