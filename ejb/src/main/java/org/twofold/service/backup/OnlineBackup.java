package org.twofold.service.backup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.config.Release;
import org.twofold.service.config.SeedVault;
import org.twofold.service.schema.SchemaVersion;

/**
 * A consistent copy of the embedded Derby database, made while it serves sign-ins: Derby's
 * SYSCS_BACKUP_DATABASE copies the database as of one moment and lets writes go on. Each
 * backup is a folder of its own, named by its UTC time, under TWOFOLD_BACKUP_DIR.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Derby refuses to back up inside a transaction with changes
public class OnlineBackup {

    private static final Logger LOG = Logger.getLogger(OnlineBackup.class.getName());
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** One backup at a time on this node: a second would only slow the first. */
    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    @Resource(lookup = "jdbc/twofold")
    private DataSource dataSource;

    @Inject
    private DeploymentConfig deployment;

    @Inject
    private SeedVault vault;

    @Inject
    private SchemaVersion schema;

    @Inject
    private AuditLog audit;

    public BackupManifest backUp(Actor actor, Instant now) throws RefusedException {
        if (deployment.sharedDatabase()) {
            throw new RefusedException("backup.postgresql");
        }
        if (!RUNNING.compareAndSet(false, true)) {
            throw new RefusedException("backup.running");
        }
        try {
            Path folder = newFolder(now);
            try (Connection connection = dataSource.getConnection();
                 CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            }
            BackupManifest manifest = new BackupManifest(folder.toString(), Release.number(), schema.current(), now,
                    vault.keys().currentId());
            Files.writeString(folder.resolve(BackupManifest.FILE), manifest.asProperties(), StandardCharsets.ISO_8859_1);
            audit.recordChange(actor, AuditEventType.BACKUP_CREATED, null, folder.toString());
            return manifest;
        } catch (SQLException | IOException e) {
            LOG.severe("A backup failed: " + e);
            throw new RefusedException("backup.failed");
        } finally {
            RUNNING.set(false);
        }
    }

    /** The backups in TWOFOLD_BACKUP_DIR, newest first; folders without a manifest are not backups. */
    public List<BackupManifest> list() throws IOException {
        Path root = deployment.backupDirectory();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<BackupManifest> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve(BackupManifest.FILE))).toList()) {
                try (Reader in = Files.newBufferedReader(folder.resolve(BackupManifest.FILE), StandardCharsets.ISO_8859_1)) {
                    found.add(BackupManifest.read(folder.toString(), in));
                }
            }
        }
        found.sort(Comparator.comparing(BackupManifest::madeAt).reversed());
        return found;
    }

    private Path newFolder(Instant now) throws IOException {
        Path root = deployment.backupDirectory();
        Path folder = root.resolve(FOLDER_NAME.format(now));
        for (int n = 2; Files.exists(folder); n++) {
            folder = root.resolve(FOLDER_NAME.format(now) + "-" + n);
        }
        return Files.createDirectories(folder);
    }
}
