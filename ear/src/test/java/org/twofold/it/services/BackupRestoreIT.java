package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.it.ApiCalls;
import org.twofold.it.Browser;
import org.twofold.it.ExtraServer;
import org.twofold.it.TestFiles;

/**
 * A backup restored as docs/operations.md#restore says: made online with {@code twofold backup}
 * while the test server runs, then changes, then a server started on a data folder made of the
 * backup and the encryption key (backed up apart). Everyone signs in as at the time of the
 * backup; without the key, the start is refused and the log names the key the backup needs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT {

    private static final String ARCHIVE = "twofold-backup-it";
    private static final String PASSWORD = "a backup test password 5";
    private static final String SEED = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    private static final String ADMIN = "backup-admin";
    private static final String PERSON = "backup-person";
    private static final String NEWCOMER = "backup-newcomer";
    private static final String ADMIN_KEY = "tfbackupadmin00001:backup-admin-secret-for-the-test";
    private static Path data;
    private static ExtraServer restored;
    private static Properties manifest;

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }

    /** An administrator with a key, and a person who can sign in. */
    @Dependent
    static class BeforeTheBackup implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(ADMIN)) {
                return;
            }
            testUsers.createWithApp(ADMIN, PASSWORD, null, SEED, true);
            testUsers.addApiKey(ADMIN, ADMIN_KEY.substring(0, ADMIN_KEY.indexOf(':')), ADMIN_KEY.substring(ADMIN_KEY.indexOf(':') + 1));
            testUsers.createWithApp(PERSON, PASSWORD, null, SEED, false);
        }
    }

    /** What happens after the backup: the person is disabled, a newcomer arrives. */
    @Dependent
    static class AfterTheBackup implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            testUsers.disable(PERSON);
            testUsers.createWithApp(NEWCOMER, PASSWORD, null, SEED, false);
        }
    }

    @BeforeAll
    static void backUpChangeAndRestore() throws Exception {
        Fixtures.prepare(ARCHIVE, BeforeTheBackup.class);
        ApiCalls.Run backup = ApiCalls.twofold(ADMIN_KEY, "backup");
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().startsWith("Backed up to "), backup.out());
        Path folder = Path.of(backup.out().substring("Backed up to ".length(), backup.out().indexOf(" (release")));
        Fixtures.prepare(ARCHIVE, AfterTheBackup.class);

        manifest = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("manifest.properties"), StandardCharsets.ISO_8859_1)) {
            manifest.load(in);
        }
        assertEquals(System.getProperty("twofold.release"), manifest.getProperty("release"));
        String key = Files.readString(Path.of(System.getProperty("twofold.it.data.dir"), "encryption.key")).trim();
        assertEquals(KeyRing.idOf(Base64.getDecoder().decode(key)), manifest.getProperty("encryptionKeyId"),
                "the manifest names the key, and holds nothing of it");
        assertFalse(Files.readString(folder.resolve("manifest.properties")).contains(key));

        // The restore, as documented: the backup's db folder and the key into an empty data folder.
        data = ExtraServer.wlp().resolveSibling("restore-data");
        TestFiles.deleteTree(data);
        TestFiles.copyTree(folder.resolve("db"), data.resolve("db"));
        Files.writeString(data.resolve("encryption.key"), key + "\n");
        restored = ExtraServer.create("twofold-restore-it", data, 9680, 9643, 9676);
        String log = restored.start(Map.of("TZ", "UTC"));
        assertFalse(log.contains("does not start"), log);
    }

    @AfterAll
    static void stop() throws Exception {
        restored.stop();
    }

    @Test
    @Order(1)
    @RunAsClient
    void everyoneSignsInAsAtTheTimeOfTheBackup() throws Exception {
        Browser person = new Browser(restored.base());
        Browser.Page code = person.submit(person.get("/login.xhtml"), "login", Map.of("username", PERSON, "password", PASSWORD), "submit");
        assertEquals("/code.xhtml", code.path(), "enabled at the time of the backup: " + code.text());
        Browser.Page desk = person.submit(code, "code",
                Map.of("otp", Totp.generate(Base32.decode(SEED), Instant.now().getEpochSecond(), TotpParameters.DEFAULT)), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());

        Browser newcomer = new Browser(restored.base());
        Browser.Page refused = newcomer.submit(newcomer.get("/login.xhtml"), "login",
                Map.of("username", NEWCOMER, "password", PASSWORD), "submit");
        assertEquals("/login.xhtml", refused.path(), "made after the backup, so not in it");
    }

    @Test
    @Order(2)
    @RunAsClient
    void withoutItsKeyTheRestoredBackupRefusesToStartAndNamesTheKey() throws Exception {
        restored.stop();
        Files.delete(data.resolve("encryption.key"));
        String log = restored.start(Map.of("TZ", "UTC"));
        assertTrue(log.contains("sealed with the encryption key " + manifest.getProperty("encryptionKeyId") + ", which is not configured"),
                log);
        assertTrue(log.contains("Twofold does not start"), log);
    }
}
