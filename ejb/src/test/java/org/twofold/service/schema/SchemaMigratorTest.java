package org.twofold.service.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changelog on real embedded Derby: a new database, one from release a207724, and one from the future. */
class SchemaMigratorTest {

    /** A data folder written by release a207724 (see src/test/fixtures/README.md). */
    private static final TimeZone ORIGINAL_ZONE = TimeZone.getDefault();
    static final Path FIXTURE = Path.of("..", "src", "test", "fixtures", "data-a207724", "db");

    /** Every changeset of this release, in order. */
    static final List<String> EVERY_CHANGESET = List.of("1-baseline", "2-indexes",
            "3-utc-tf-user", "3-utc-tf-totp-factor", "3-utc-tf-enrolment-link", "3-utc-tf-pending-signin",
            "3-utc-tf-code-challenge", "3-utc-tf-outbound-message", "3-utc-tf-audit-event", "4-retention", "5-seed-key-id",
            "6-sign-in-throttle", "7-recovery-codes", "8-trusted-devices", "9-contact-factors", "10-api-keys", "11-audit-newest-first",
            "12-directory", "13-sorted-lookups", "14-name-throttle", "15-applications", "16-back-channel-logout", "17-job-leases", "18-passkeys",
            "19-language", "20-api-key-expiry");

    @TempDir
    Path temp;

    @Test
    void anEmptyDatabaseGetsEveryChangesetThenNothingMore() throws Exception {
        try (Connection db = open(temp.resolve("new"), true)) {
            assertEquals(EVERY_CHANGESET, SchemaMigrator.migrate(db));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM TF_USER"));
            assertTrue(hasIndex(db, "IX_AUDIT_TIME"));
            assertTrue(hasIndex(db, "IX_AUDIT_ID_DESC"));
            assertEquals(List.of(), SchemaMigrator.migrate(db), "a second start changes nothing");
        }
    }

    @Test
    void aDatabaseFromReleaseA207724IsRecognisedAndUpgradedWithNothingLost() throws Exception {
        Path copy = copyOf(FIXTURE, temp.resolve("old"));
        TimeZone.setDefault(TimeZone.getTimeZone("UTC")); // the zone the fixture was written in
        try (Connection db = open(copy, false)) {
            long audit = count(db, "SELECT COUNT(*) FROM TF_AUDIT_EVENT");
            assertTrue(audit > 5, "the fixture has an audit log: " + audit);
            Instant firstEvent = instant(db, "SELECT MIN(OCCURREDAT) FROM TF_AUDIT_EVENT");
            Instant janeCreated = instant(db, "SELECT CREATEDAT FROM TF_USER WHERE USERNAME = 'jane'");

            assertEquals(EVERY_CHANGESET, SchemaMigrator.migrate(db));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM TF_USER WHERE SOURCE <> 'LOCAL'"), "every earlier user is local");

            assertEquals("MARK_RAN", text(db, "SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = '1-baseline'"),
                    "today's tables are recognised as the baseline, not created again");
            assertTrue(hasIndex(db, "IX_MESSAGE_STATUS_NEXT"));
            assertEquals(2, count(db, "SELECT COUNT(*) FROM TF_USER"));
            assertTrue(text(db, "SELECT PASSWORDHASH FROM TF_USER WHERE USERNAME = 'jane'").startsWith("pbkdf2"));
            assertEquals("EMAIL", text(db, "SELECT PREFERREDMETHOD FROM TF_USER WHERE USERNAME = 'jane'"));
            assertEquals("jane@example.test", text(db, "SELECT e.ADDRESS FROM TF_USER_EMAIL e JOIN TF_USER u ON u.ID = e.USER_ID WHERE u.USERNAME = 'jane'"));
            assertEquals("jane@example.test", text(db, "SELECT f.DESTINATION FROM TF_CONTACT_FACTOR f JOIN TF_USER u "
                    + "ON u.ID = f.USER_ID WHERE u.USERNAME = 'jane' AND f.CHANNEL = 'EMAIL' AND f.CONFIRMEDAT IS NOT NULL"),
                    "the address jane's codes went to is her confirmed email factor");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM TF_USER WHERE SECONDSTEPCHOSEN <> 0"), "no one chose a second step yet");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM TF_TOTP_FACTOR f JOIN TF_USER u ON u.ID = f.USER_ID "
                    + "WHERE u.USERNAME = 'Administrator' AND f.CONFIRMED = 1"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM TF_ROLE WHERE NAME = 'Finance' AND REQUIRESTWOFACTOR = 1"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM TF_USER_ROLE ur JOIN TF_ROLE r ON r.ID = ur.ROLE_ID "
                    + "JOIN TF_USER u ON u.ID = ur.USER_ID WHERE r.NAME = 'Finance' AND u.USERNAME = 'jane'"));
            assertEquals("Fixture Corp", text(db, "SELECT OTPISSUER FROM TF_SETTINGS"));
            assertEquals(365, count(db, "SELECT AUDITRETENTIONDAYS FROM TF_SETTINGS"), "new settings start at their defaults");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM TF_SETTINGS_METHOD WHERE METHOD = 'EMAIL'"));
            assertEquals("http://127.0.0.1:9099/sms", text(db, "SELECT GATEWAYURL FROM TF_SMS_SETTINGS"));
            assertEquals(audit, count(db, "SELECT COUNT(*) FROM TF_AUDIT_EVENT"));
            assertEquals(firstEvent.toEpochMilli(), count(db, "SELECT MIN(OCCURREDAT) FROM TF_AUDIT_EVENT"));
            assertEquals(janeCreated.toEpochMilli(), count(db, "SELECT CREATEDAT FROM TF_USER WHERE USERNAME = 'jane'"));
            assertEquals(3, count(db, "SELECT COUNT(*) FROM TF_OUTBOUND_MESSAGE"));
            assertEquals(3, count(db, "SELECT ATTEMPTS FROM TF_OUTBOUND_MESSAGE WHERE STATUS = 'QUEUED' AND CHANNEL = 'SMS'"),
                    "the test SMS waiting for its fourth attempt is still waiting");
        }
    }

    /** The statements EclipseLink sends at every sign-in (as its SQL trace shows them), read in index order. */
    @Test
    void aSignInsLookupsOfAUserReadTheirRowsInOrderWithoutASort() throws Exception {
        Path copy = copyOf(FIXTURE, temp.resolve("sorted"));
        try (Connection db = open(copy, false)) {
            SchemaMigrator.migrate(db);
            long jane = count(db, "SELECT ID FROM TF_USER WHERE USERNAME = 'jane'");
            try (Statement s = db.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            }
            assertReadInOrder(db, "SELECT ID, CHANNEL FROM TF_CONTACT_FACTOR WHERE ((USER_ID = ?) AND (CONFIRMEDAT IS NOT NULL))"
                    + " ORDER BY CHANNEL", jane);
            assertReadInOrder(db, "SELECT ID FROM TF_TOTP_FACTOR WHERE ((USER_ID = ?) AND (CONFIRMED = ?)) ORDER BY ID"
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", jane, 1, 0, 1);
            assertReadInOrder(db, "SELECT ID, TYPE FROM TF_AUDIT_EVENT WHERE (USERNAME = ?) ORDER BY ID DESC"
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", "jane", 0, 5);
        }
    }

    private static void assertReadInOrder(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    // read them all, so the statistics describe the whole statement
                }
            }
        }
        String plan = text(db, "VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()");
        assertTrue(plan.contains("Index Scan"), plan);
        assertTrue(!plan.contains("Sort ResultSet"), plan);
    }

    @Test
    void timesWrittenInLocalTimeKeepTheirInstantAcrossADaylightSavingChangeAndALaterChangeOfZone() throws Exception {
        Path copy = copyOf(FIXTURE, temp.resolve("berlin"));
        Instant beforeTheChange = Instant.parse("2026-03-29T00:30:00Z"); // 01:30 in Berlin (CET)
        Instant afterTheChange = Instant.parse("2026-03-29T01:30:00Z"); // 03:30 in Berlin (CEST), an hour later
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try (Connection db = open(copy, false)) {
            // As release a207724 wrote them: Timestamp.from(instant), which Derby keeps as local wall-clock time.
            try (PreparedStatement lock = db.prepareStatement(
                    "UPDATE TF_USER SET SESSIONSVALIDFROM = ?, LOCKEDUNTIL = ? WHERE USERNAME = 'jane'")) {
                lock.setTimestamp(1, Timestamp.from(beforeTheChange));
                lock.setTimestamp(2, Timestamp.from(afterTheChange));
                assertEquals(1, lock.executeUpdate());
            }
            SchemaMigrator.migrate(db);
            assertEquals(beforeTheChange.toEpochMilli(), count(db, "SELECT SESSIONSVALIDFROM FROM TF_USER WHERE USERNAME = 'jane'"));
            assertEquals(afterTheChange.toEpochMilli(), count(db, "SELECT LOCKEDUNTIL FROM TF_USER WHERE USERNAME = 'jane'"),
                    "an hour apart in UTC, as they were meant, not two hours as Berlin's clocks show");
        }
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York")); // the server moves
        try (Connection db = open(copy, false)) {
            assertEquals(afterTheChange.toEpochMilli(), count(db, "SELECT LOCKEDUNTIL FROM TF_USER WHERE USERNAME = 'jane'"));
        }
    }

    @AfterEach
    void restoreTheTimeZone() {
        TimeZone.setDefault(ORIGINAL_ZONE);
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
            assertEquals(EVERY_CHANGESET.size() + 1, count(db, "SELECT COUNT(*) FROM DATABASECHANGELOG"), "nothing was run or rolled back");
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

    private static Instant instant(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
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

    static Path copyOf(Path source, Path target) throws IOException {
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
