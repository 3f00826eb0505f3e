package org.twofold.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.twofold.domain.crypto.PasswordHasher;

/**
 * Fills a stopped server's database quickly, for the large-install figures: N plain users
 * (all with the bench password, hashed once; they set up an app at their first sign-in; booleans
 * are SMALLINT 0/1 in this schema) and
 * M audit events spread over the last 30 days. Straight into Derby with batched inserts, as
 * the API would take hours to create a hundred thousand users. Stop the server first: Derby
 * opens a database in one process at a time.
 */
final class BulkSeeder {

    private static final List<String> EVENTS = List.of("PASSWORD_ACCEPTED", "SIGN_IN_SUCCEEDED", "PASSWORD_FAILED",
            "SECOND_FACTOR_FAILED", "SIGNED_OUT");
    private static final int BATCH = 5_000;

    private BulkSeeder() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String database = options.text("database", "/tmp/bench-data/db");
        int users = options.number("users", 100_000);
        int events = options.number("events", 1_000_000);
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database)) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            insertUsers(db, users);
            System.out.printf("%d users in %.1f s%n", users, (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            insertEvents(db, events, users);
            System.out.printf("%d audit events in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
        }
    }

    private static void insertUsers(Connection db, int count) throws SQLException {
        String hash = PasswordHasher.standard().hash(BenchUser.PASSWORD);
        long now = Instant.now().toEpochMilli();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO TF_USER (USERNAME, DISPLAYNAME, PASSWORDHASH, TYPE,"
                + " ENABLED, FAILEDATTEMPTS, CREATEDAT, SECONDSTEPCHOSEN) VALUES (?, ?, ?, 'SYSTEM', 1, 0, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                String username = String.format("bulk-%07d", i);
                insert.setString(1, username);
                insert.setString(2, "Bulk User " + i);
                insert.setString(3, hash);
                insert.setLong(4, now);
                insert.addBatch();
                if (i % BATCH == 0 || i == count) {
                    insert.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private static void insertEvents(Connection db, int count, int users) throws SQLException {
        long now = Instant.now().toEpochMilli();
        long span = Duration.ofDays(30).toMillis();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO TF_AUDIT_EVENT (TYPE, USERNAME, CLIENTIP, DETAIL,"
                + " OCCURREDAT) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, EVENTS.get(i % EVENTS.size()));
                insert.setString(2, String.format("bulk-%07d", 1 + i % Math.max(1, users)));
                insert.setString(3, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
                insert.setString(4, "bulk seeded");
                insert.setLong(5, now - span + span * i / count);
                insert.addBatch();
                if (i % BATCH == 0 || i == count) {
                    insert.executeBatch();
                    db.commit();
                }
            }
        }
    }
}
