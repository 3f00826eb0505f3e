package org.twofold.service.signin;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * How many browser sessions the session store holds that have not timed out: Liberty's table
 * (server.xml's httpSessionDatabase), one row per session, which every node shares.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OpenSessions {

    @Resource(lookup = "jdbc/twofold")
    private DataSource dataSource;

    /** The count; NaN when the store cannot be read (before the first session made its table, say). */
    public double count(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM tf_http_session WHERE lastaccess + maxinactivetime * 1000 > ?")) {
            statement.setLong(1, now.toEpochMilli());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : Double.NaN;
            }
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
