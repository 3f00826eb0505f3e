package org.twofold.service.schema;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database's schema version: the last migration applied to it (such as {@code 18-passkeys}),
 * read from Liquibase's own record each time, so that every node says what the shared
 * database holds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaVersion {

    @Resource(lookup = "jdbc/twofold")
    private DataSource dataSource;

    public String current() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC")) {
            statement.setMaxRows(1);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "none";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The schema version could not be read: " + e.getMessage(), e);
        }
    }
}
