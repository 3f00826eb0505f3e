package org.twofold.service.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/**
 * What a backup is, written beside it as manifest.properties: its folder, the release and
 * schema version that made it, when, and the id of the encryption key its secrets are sealed
 * with. Never the key itself: that is backed up apart (docs/operations.md#backup).
 */
public record BackupManifest(String folder, String release, String schema, Instant madeAt, String encryptionKeyId) {

    public static final String FILE = "manifest.properties";

    public String asProperties() {
        Properties properties = new Properties();
        properties.setProperty("release", release);
        properties.setProperty("schema", schema);
        properties.setProperty("madeAt", madeAt.toString());
        properties.setProperty("encryptionKeyId", encryptionKeyId);
        properties.setProperty("database", "db");
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "A Twofold backup: restore it as docs/operations.md#restore says."
                    + " The encryption key is not in it; back that up apart.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static BackupManifest read(String folder, Reader in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return new BackupManifest(folder, properties.getProperty("release", "?"), properties.getProperty("schema", "?"),
                Instant.parse(properties.getProperty("madeAt", Instant.EPOCH.toString())),
                properties.getProperty("encryptionKeyId", "?"));
    }
}
