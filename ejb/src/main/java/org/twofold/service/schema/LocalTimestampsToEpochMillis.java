package org.twofold.service.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Copies each of a table's TIMESTAMP columns into its BIGINT twin named {@code <column>_MS}, as
 * milliseconds since the epoch. Releases up to a207724 wrote an instant as the server's local
 * wall-clock time, so a value is read back in the JVM's default time zone: the zone that wrote
 * it, as long as the server's zone has not changed since. (An hour that a daylight-saving change
 * repeats was stored ambiguously; the earlier of its two instants is taken.)
 *
 * <p>Used from the changelog as a {@code customChange} with the properties {@code table},
 * {@code key} (its primary key column) and {@code columns} (comma-separated).
 */
public class LocalTimestampsToEpochMillis implements CustomTaskChange {

    private static final int BATCH = 500;

    private String table;
    private String key;
    private String columns;

    public void setTable(String table) {
        this.table = table;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public void setColumns(String columns) {
        this.columns = columns;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        List<String> names = Arrays.stream(columns.split(",")).map(String::trim).toList();
        String select = "SELECT " + key + ", " + String.join(", ", names) + " FROM " + table;
        String update = "UPDATE " + table + " SET "
                + String.join(", ", names.stream().map(name -> name + "_MS = ?").toList())
                + " WHERE " + key + " = ?";
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (Statement reader = connection.createStatement();
             ResultSet rows = reader.executeQuery(select);
             PreparedStatement writer = connection.prepareStatement(update)) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 0; i < names.size(); i++) {
                    Timestamp local = rows.getTimestamp(i + 2);
                    if (local == null) {
                        writer.setNull(i + 1, Types.BIGINT);
                    } else {
                        writer.setLong(i + 1, local.getTime());
                    }
                }
                writer.setObject(names.size() + 1, rows.getObject(1));
                writer.addBatch();
                if (++pending == BATCH) {
                    writer.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                writer.executeBatch();
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Converting the times in " + table + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Times in " + table + " converted to UTC milliseconds";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        errors.checkRequiredField("table", table);
        errors.checkRequiredField("key", key);
        errors.checkRequiredField("columns", columns);
        return errors;
    }
}
