package org.twofold.service.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import liquibase.exception.LiquibaseException;

/**
 * Copies a stopped single node's Derby database into an empty PostgreSQL database, for moving
 * to several nodes: both are brought to this release's schema first (as starting this release
 * would), then every Twofold table's rows are copied, parents before children, with the ids
 * they had; the identity counters continue after them, and the row counts are compared.
 * HTTP sessions are not copied: people sign in again. Plain JDBC, so the command line runs it.
 */
public final class DatabaseCopy {

    /** The session manager's table: sessions of the old node end with the move. */
    private static final String SESSIONS = "tf_http_session";
    private static final int BATCH = 500;

    private DatabaseCopy() {
    }

    /** Rows copied per table, in the order they were copied. */
    public record Report(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Thrown when the copy cannot start or its counts differ; nothing is committed then. */
    public static final class CopyRefusedException extends Exception {
        public CopyRefusedException(String message) {
            super(message);
        }
    }

    public static Report copy(Connection derby, Connection postgresql)
            throws SQLException, LiquibaseException, SchemaTooNewException, CopyRefusedException {
        if (!postgresql.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql")) {
            throw new CopyRefusedException("The target is not a PostgreSQL database.");
        }
        if (!tables(postgresql).isEmpty()) {
            throw new CopyRefusedException("The PostgreSQL database already has Twofold's tables: copy into an empty database.");
        }
        SchemaMigrator.migrate(derby);
        SchemaMigrator.migrate(postgresql);
        List<String> order = parentsFirst(postgresql, tables(postgresql));
        postgresql.setAutoCommit(false);
        try {
            emptyAll(postgresql, order); // rows some changesets write (the job leases) come from the source too
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : order) {
                copied.put(table, copyTable(derby, postgresql, table));
                if (columnTypes(postgresql, table).containsKey("id")) {
                    continueIdentity(postgresql, table);
                }
            }
            for (Map.Entry<String, Long> table : copied.entrySet()) {
                long source = count(derby, table.getKey().toUpperCase(Locale.ROOT));
                long target = count(postgresql, table.getKey());
                if (source != table.getValue() || target != source) {
                    throw new CopyRefusedException("Table " + table.getKey() + " has " + source + " rows in Derby but "
                            + target + " in PostgreSQL; nothing was copied.");
                }
            }
            postgresql.commit();
            return new Report(copied);
        } catch (SQLException | CopyRefusedException | RuntimeException e) {
            postgresql.rollback();
            throw e;
        }
    }

    /** Twofold's tables in the connection's schema, lower case. */
    private static Set<String> tables(Connection db) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet rows = db.getMetaData().getTables(null, db.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith("tf_") && !name.equals(SESSIONS)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The tables ordered so that each comes after every table its foreign keys point to. */
    private static List<String> parentsFirst(Connection db, Set<String> tables) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables) {
            Set<String> of = new LinkedHashSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, db.getSchema(), table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        of.add(parent);
                    }
                }
            }
            parents.put(table, of);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!order.contains(table) && order.containsAll(parents.get(table))) {
                    order.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("The foreign keys between Twofold's tables form a circle");
            }
        }
        return order;
    }

    private static void emptyAll(Connection db, List<String> parentsFirst) throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (int i = parentsFirst.size() - 1; i >= 0; i--) {
                statement.executeUpdate("DELETE FROM " + parentsFirst.get(i));
            }
        }
    }

    private static long copyTable(Connection derby, Connection postgresql, String table) throws SQLException {
        Map<String, Integer> columns = columnTypes(postgresql, table);
        List<String> names = new ArrayList<>(columns.keySet());
        String select = "SELECT " + String.join(", ", names).toUpperCase(Locale.ROOT) + " FROM " + table.toUpperCase(Locale.ROOT);
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
        long rows = 0;
        try (Statement read = derby.createStatement(); ResultSet source = read.executeQuery(select);
             PreparedStatement write = postgresql.prepareStatement(insert)) {
            while (source.next()) {
                for (int i = 0; i < names.size(); i++) {
                    setValue(write, i + 1, columns.get(names.get(i)), source, i + 1);
                }
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /** Derby keeps booleans as SMALLINT and bytes as BLOB; PostgreSQL as BOOLEAN and BYTEA. */
    private static void setValue(PreparedStatement write, int index, int targetType, ResultSet source, int column)
            throws SQLException {
        switch (targetType) {
            case Types.BOOLEAN, Types.BIT -> {
                int value = source.getInt(column);
                if (source.wasNull()) {
                    write.setNull(index, Types.BOOLEAN);
                } else {
                    write.setBoolean(index, value != 0);
                }
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> write.setBytes(index, source.getBytes(column));
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR -> write.setString(index, source.getString(column));
            default -> {
                Object value = source.getObject(column);
                if (value == null) {
                    write.setNull(index, targetType);
                } else {
                    write.setObject(index, value, targetType);
                }
            }
        }
    }

    private static Map<String, Integer> columnTypes(Connection db, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet rows = db.getMetaData().getColumns(null, db.getSchema(), table, "%")) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("DATA_TYPE"));
            }
        }
        return columns;
    }

    /** New rows get ids after the copied ones. */
    private static void continueIdentity(Connection db, String table) throws SQLException {
        try (PreparedStatement sequence = db.prepareStatement("SELECT pg_get_serial_sequence(?, 'id')")) {
            sequence.setString(1, table);
            try (ResultSet name = sequence.executeQuery()) {
                if (!name.next() || name.getString(1) == null) {
                    return;
                }
                try (Statement statement = db.createStatement();
                     ResultSet ignored = statement.executeQuery("SELECT setval('" + name.getString(1) + "', COALESCE(MAX(id), 0) + 1, false) FROM " + table)) {
                    // setval answers with the value it set
                }
            }
        }
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
