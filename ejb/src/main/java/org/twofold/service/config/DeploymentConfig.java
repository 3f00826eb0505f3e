package org.twofold.service.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.twofold.domain.crypto.Argon2Cost;

/**
 * What IT sets per deployment. Paths come from Liberty server variables (resolved in
 * server.xml); the rest from MicroProfile Config, so environment variables such as
 * TWOFOLD_ENCRYPTION_KEY or TWOFOLD_ADMIN_PASSWORD override them.
 */
@Singleton
@Lock(LockType.READ) // nothing here changes after start: requests need not take turns
public class DeploymentConfig {

    private static final String BREAK_GLASS = "twofold.break.glass";

    /** Read once: every request asks, and switching it takes a restart anyway. */
    private boolean breakGlass;
    private String nodeName;
    private boolean sharedDatabase;

    @Resource(lookup = "twofold/dataDir")
    private String dataDir;

    @Resource(lookup = "twofold/publicUrl")
    private String publicUrl;

    @Resource(lookup = "twofold/smtpHost")
    private String smtpHost;

    @Resource(lookup = "twofold/httpsOnly")
    private String httpsOnly;

    @Resource(lookup = "twofold/httpsPort")
    private String httpsPort;

    @Resource(lookup = "twofold/tlsKeystore")
    private String tlsKeystore;

    @Resource(lookup = "twofold/tlsKeystorePassword")
    private String tlsKeystorePassword;

    public Path dataDirectory() {
        return Path.of(dataDir);
    }

    /** The address people use to reach Twofold, ending in a slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Whether plain HTTP only redirects to HTTPS (production) or serves pages (the dev profile). */
    public boolean httpsOnly() {
        return switch (httpsOnly.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException("TWOFOLD_HTTPS_ONLY must be true or false");
        };
    }

    public int httpsPort() {
        try {
            return Integer.parseInt(httpsPort.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("TWOFOLD_HTTPS_PORT must be a port number");
        }
    }

    /** The keystore whose certificate HTTPS presents. */
    public Path tlsKeystore() {
        return Path.of(tlsKeystore);
    }

    public char[] tlsKeystorePassword() {
        return tlsKeystorePassword.toCharArray();
    }

    /** Whether a real SMTP server is configured; without one, mail goes to the local outbox folder. */
    public boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }

    /** Where online backups go (TWOFOLD_BACKUP_DIR); the data folder's backups/ by default. */
    public Path backupDirectory() {
        return value("twofold.backup.dir").map(Path::of).orElseGet(() -> dataDirectory().resolve("backups")).toAbsolutePath();
    }

    /** Where messages go when no SMTP server or SMS gateway is configured. */
    public Path localOutboxDirectory() {
        return dataDirectory().resolve("outbox");
    }

    /** Attempts before a message is FAILED for good. */
    public int deliveryMaxAttempts() {
        return number("twofold.delivery.max.attempts", 5, 1, 50);
    }

    /** The wait after the first failed attempt; it doubles with each further failure. */
    public int deliveryFirstBackoffSeconds() {
        return number("twofold.delivery.backoff.seconds", 10, 1, 3600);
    }

    /** TWOFOLD_ARGON2_MEMORY_KIB, _ITERATIONS and _PARALLELISM; OWASP's m = 19 MiB, t = 2, p = 1 by default. */
    public Argon2Cost argon2Cost() {
        try {
            return new Argon2Cost(number("twofold.argon2.memory.kib", Argon2Cost.OWASP.memoryKiB(), 8, 1 << 20),
                    number("twofold.argon2.iterations", Argon2Cost.OWASP.iterations(), 1, 100),
                    number("twofold.argon2.parallelism", Argon2Cost.OWASP.parallelism(), 1, 16));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    /** How many password hashes may run at once (TWOFOLD_PASSWORD_HASH_CONCURRENCY); one per processor by default. */
    public int passwordHashConcurrency() {
        return number("twofold.password.hash.concurrency", Runtime.getRuntime().availableProcessors(), 1, 256);
    }

    /** How long a password step waits for a free hash slot before "not possible right now" (TWOFOLD_PASSWORD_HASH_WAIT_MS). */
    public long passwordHashWaitMillis() {
        return number("twofold.password.hash.wait.ms", 5_000, 10, 60_000);
    }

    /** Requests one API key may make per minute before 429 (TWOFOLD_API_REQUESTS_PER_MINUTE); 120 by default. */
    public int apiRequestsPerMinute() {
        return number("twofold.api.requests.per.minute", 120, 1, 1_000_000);
    }

    /** How long a key made by signing in at the command line works (TWOFOLD_CLI_KEY_HOURS); 8 hours by default. */
    public int cliKeyHours() {
        return number("twofold.cli.key.hours", 8, 1, 720);
    }

    public Optional<String> encryptionKey() {
        return value("twofold.encryption.key");
    }

    /** Earlier encryption keys, still needed to open what they sealed; comma- or space-separated. */
    public List<String> previousEncryptionKeys() {
        return value("twofold.encryption.keys.previous")
                .map(keys -> Arrays.stream(keys.split("[,\\s]+")).filter(key -> !key.isEmpty()).toList())
                .orElse(List.of());
    }

    /**
     * Break-glass (TWOFOLD_BREAK_GLASS=true): everyone signs in with the password alone,
     * whatever the stored settings say, for when every administrator has lost their factor.
     * Only the word {@code true} switches it on, so a typo never weakens sign-in.
     */
    public boolean breakGlass() {
        return breakGlass;
    }

    @PostConstruct
    void readAtStart() {
        breakGlass = value(BREAK_GLASS).map(v -> v.equalsIgnoreCase("true")).orElse(false);
        nodeName = value("twofold.node.name").orElseGet(DeploymentConfig::hostName);
        sharedDatabase = value("twofold.db.url").isPresent();
    }

    /** What TWOFOLD_BREAK_GLASS is set to, when it is neither true nor false (to warn of). */
    public Optional<String> unreadableBreakGlass() {
        return value(BREAK_GLASS).filter(v -> !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false"));
    }

    /** This node's name (TWOFOLD_NODE_NAME), in the console's footer and the log; the host's name by default. */
    public String nodeName() {
        return nodeName;
    }

    /** Whether the database is PostgreSQL at TWOFOLD_DB_URL, which several nodes may share. */
    public boolean sharedDatabase() {
        return sharedDatabase;
    }

    /** The key a metrics scraper may send as {@code Authorization: Bearer KEY} (TWOFOLD_METRICS_KEY); none by default. */
    public Optional<String> metricsKey() {
        return value("twofold.metrics.key");
    }

    /** TWOFOLD_METRICS_ANONYMOUS=true: /metrics answers without a key, for a scraper on a private network. */
    public boolean metricsAnonymous() {
        return value("twofold.metrics.anonymous").map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    /** Where audit events also go as syslog messages (TWOFOLD_AUDIT_SYSLOG): tcp://host:port or udp://host:port. */
    public Optional<String> auditSyslog() {
        return value("twofold.audit.syslog");
    }

    /** A file audit events are also written to as JSON lines, rotated at 10 MB (TWOFOLD_AUDIT_FILE). */
    public Optional<String> auditFile() {
        return value("twofold.audit.file");
    }

    public Optional<String> initialAdminPassword() {
        return value("twofold.admin.password");
    }

    public Optional<String> initialAdminEmail() {
        return value("twofold.admin.email");
    }

    private static int number(String name, int fallback, int min, int max) {
        Optional<String> raw = value(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(raw.get())));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number between " + min + " and " + max);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "twofold";
        }
    }

    private static Optional<String> value(String name) {
        Config config = ConfigProvider.getConfig(DeploymentConfig.class.getClassLoader());
        return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
