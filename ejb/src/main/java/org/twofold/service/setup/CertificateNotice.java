package org.twofold.service.setup;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;

/** What the log says about a certificate, as a pure function of it, the mode and the time. */
record CertificateNotice(Level level, String text) {

    static final Duration SOON = Duration.ofDays(30);

    static Optional<CertificateNotice> about(X509Certificate certificate, Path keystore, boolean httpsOnly, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        boolean selfSigned = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
        String replace = selfSigned
                ? " Delete " + keystore + " to have a new one generated at the next start, or give IT's certificate"
                        + " with TWOFOLD_TLS_KEYSTORE and TWOFOLD_TLS_KEYSTORE_PASSWORD."
                : " Replace it in " + keystore + " and restart.";
        if (!notAfter.isAfter(now)) {
            return Optional.of(new CertificateNotice(Level.WARNING,
                    "The HTTPS certificate expired on " + notAfter + ": browsers refuse to connect." + replace));
        }
        if (selfSigned) {
            // In the dev profile (plain HTTP) nobody meets this certificate: nothing to say.
            return httpsOnly
                    ? Optional.of(new CertificateNotice(Level.WARNING, "HTTPS uses the self-signed certificate in "
                            + keystore + ", valid until " + notAfter + " (Liberty generates one there when the file is"
                            + " missing): browsers warn about it until IT's certificate is set with TWOFOLD_TLS_KEYSTORE"
                            + " and TWOFOLD_TLS_KEYSTORE_PASSWORD."))
                    : Optional.empty();
        }
        if (notAfter.isBefore(now.plus(SOON))) {
            return Optional.of(new CertificateNotice(Level.WARNING,
                    "The HTTPS certificate expires on " + notAfter + "." + replace));
        }
        return Optional.of(new CertificateNotice(Level.INFO, "HTTPS uses the certificate of "
                + certificate.getSubjectX500Principal().getName() + ", issued by "
                + certificate.getIssuerX500Principal().getName() + ", valid until " + notAfter + "."));
    }
}
