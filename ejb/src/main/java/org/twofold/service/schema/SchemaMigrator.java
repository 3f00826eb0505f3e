package org.twofold.service.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database to this release's schema with Liquibase; no container needed, so tests
 * run it on a plain Derby connection. Refuses a database that a newer release has upgraded.
 */
public final class SchemaMigrator {

    public static final String CHANGELOG = "db/changelog.xml";

    static {
        // Liquibase reports every step at INFO; an operator needs only what changed (logged by the caller).
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
    }

    private SchemaMigrator() {
    }

    /**
     * Applies the changesets this database lacks, in order, and returns their ids; none when
     * it is up to date. Liquibase's lock table keeps two nodes from migrating at once.
     */
    public static List<String> migrate(Connection connection) throws SchemaTooNewException, LiquibaseException {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put("liquibase.analytics.enabled", false);
        scope.put("liquibase.showBanner", false);
        scope.put("liquibase.command.showSummaryOutput", "LOG"); // not on standard output (the command line prints its own)
        scope.put(Scope.Attr.classLoader.name(), SchemaMigrator.class.getClassLoader()); // finds the custom changes
        try {
            return Scope.child(scope, () -> run(connection));
        } catch (SchemaTooNewException | LiquibaseException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e.getMessage(), e);
        } finally {
            endReads(connection); // Liquibase committed what it changed; what is left open only read
        }
    }

    private static List<String> run(Connection connection) throws SchemaTooNewException, LiquibaseException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(CHANGELOG,
                new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()), database);
        List<String> unknown = liquibase.listUnexpectedChangeSets(null, null).stream()
                .map(RanChangeSet::getId).toList();
        if (!unknown.isEmpty()) {
            throw new SchemaTooNewException(unknown);
        }
        List<String> pending = liquibase.listUnrunChangeSets(null, null).stream().map(ChangeSet::getId).toList();
        if (!pending.isEmpty()) {
            liquibase.update((String) null);
        }
        return pending;
    }

    private static void endReads(Connection connection) throws LiquibaseException {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new LiquibaseException(e.getMessage(), e);
        }
    }
}
