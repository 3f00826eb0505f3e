package org.twofold.service.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;

/**
 * Migrates the schema at start, before any other start-up bean touches a table (they depend
 * on this one). A failure stops the application from starting, with the reason in the log,
 * rather than letting it run on a schema it does not understand.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Liquibase commits each changeset itself
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/twofold")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            List<String> applied = SchemaMigrator.migrate(connection);
            if (!applied.isEmpty()) {
                LOG.info("Database schema upgraded: applied changesets " + applied);
            }
        } catch (SchemaTooNewException e) {
            LOG.severe(e.getMessage());
            throw new IllegalStateException(e.getMessage());
        } catch (LiquibaseException | SQLException e) {
            LOG.severe("The database schema could not be brought up to date; Twofold does not start: " + e);
            throw new IllegalStateException("Schema migration failed", e);
        }
    }
}
