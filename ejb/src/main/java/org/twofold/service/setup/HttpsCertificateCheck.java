package org.twofold.service.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import org.twofold.service.config.DeploymentConfig;

/**
 * At start: says in the log which certificate HTTPS presents, when an operator needs to know
 * (a self-signed one in production, one that expires soon or has expired; IT's own one once).
 * Liberty reads the same keystore; this only looks at it.
 */
@Singleton
@Startup
public class HttpsCertificateCheck {

    private static final Logger LOG = Logger.getLogger(HttpsCertificateCheck.class.getName());

    @Inject
    private DeploymentConfig config;

    @PostConstruct
    void report() {
        boolean httpsOnly;
        try {
            httpsOnly = config.httpsOnly();
        } catch (RuntimeException badValue) {
            // Here, not at the first request, and said in one line (the container wraps the reason).
            Throwable reason = badValue;
            while (reason.getCause() != null) {
                reason = reason.getCause();
            }
            LOG.severe(reason.getMessage() + ". Twofold does not start.");
            throw badValue;
        }
        Path keystore = config.tlsKeystore();
        Optional<X509Certificate> certificate;
        try {
            certificate = serverCertificate(keystore, config.tlsKeystorePassword());
        } catch (IOException | GeneralSecurityException unreadable) {
            LOG.warning("The HTTPS keystore " + keystore + " could not be read (" + unreadable.getClass().getSimpleName()
                    + "): check TWOFOLD_TLS_KEYSTORE and TWOFOLD_TLS_KEYSTORE_PASSWORD.");
            return;
        }
        if (certificate.isEmpty()) {
            LOG.warning("The HTTPS keystore " + keystore + " holds no private key with a certificate.");
            return;
        }
        CertificateNotice.about(certificate.get(), keystore, httpsOnly, Instant.now())
                .ifPresent(notice -> LOG.log(notice.level(), notice.text()));
    }

    /** The certificate of the first private key entry, the one Liberty presents when no alias is set. */
    private static Optional<X509Certificate> serverCertificate(Path keystore, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(keystore.toFile(), password);
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                return Optional.of(certificate);
            }
        }
        return Optional.empty();
    }
}
