package org.twofold.service.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real certificates, made by the JDK's keytool, as IT and Liberty make them. */
class CertificateNoticeTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final Path KEYSTORE = Path.of("/srv/twofold/tls/key.p12");
    private static final Instant NOW = Instant.now();

    @TempDir
    static Path dir;

    private static X509Certificate selfSigned;
    private static X509Certificate expiredSelfSigned;
    private static X509Certificate issued;
    private static X509Certificate issuedExpiringSoon;

    @BeforeAll
    static void makeCertificates() throws Exception {
        selfSigned = selfSigned("self", "-validity", "365");
        expiredSelfSigned = selfSigned("old", "-startdate", "-400d", "-validity", "30");
        selfSigned("ca", "-validity", "3650", "-ext", "bc:c");
        issued = issuedByCa("server", "365");
        issuedExpiringSoon = issuedByCa("soon", "10");
    }

    @Test
    void aSelfSignedCertificateInProductionIsAWarningNamingTheFileAndTheSettings() {
        CertificateNotice notice = CertificateNotice.about(selfSigned, KEYSTORE, true, NOW).orElseThrow();
        assertEquals(Level.WARNING, notice.level());
        assertTrue(notice.text().contains("self-signed certificate in " + KEYSTORE), notice.text());
        assertTrue(notice.text().contains("TWOFOLD_TLS_KEYSTORE"), notice.text());
    }

    @Test
    void aSelfSignedCertificateInTheDevProfileIsNotWorthALine() {
        assertEquals(Optional.empty(), CertificateNotice.about(selfSigned, KEYSTORE, false, NOW));
    }

    @Test
    void anExpiredCertificateIsAWarningInEveryMode() {
        for (boolean httpsOnly : new boolean[] {true, false}) {
            CertificateNotice notice = CertificateNotice.about(expiredSelfSigned, KEYSTORE, httpsOnly, NOW).orElseThrow();
            assertEquals(Level.WARNING, notice.level());
            assertTrue(notice.text().startsWith("The HTTPS certificate expired on "), notice.text());
            assertTrue(notice.text().contains("Delete " + KEYSTORE), notice.text());
        }
    }

    @Test
    void itsOwnCertificateIsNamedOnceWithItsIssuer() {
        CertificateNotice notice = CertificateNotice.about(issued, KEYSTORE, true, NOW).orElseThrow();
        assertEquals(Level.INFO, notice.level());
        assertTrue(notice.text().contains("CN=server.intranet.example") && notice.text().contains("issued by CN=ca.intranet.example"),
                notice.text());
    }

    @Test
    void itsOwnCertificateExpiringWithinThirtyDaysIsAWarning() {
        CertificateNotice notice = CertificateNotice.about(issuedExpiringSoon, KEYSTORE, true, NOW).orElseThrow();
        assertEquals(Level.WARNING, notice.level());
        assertTrue(notice.text().startsWith("The HTTPS certificate expires on "), notice.text());
        assertTrue(notice.text().contains("Replace it in " + KEYSTORE), notice.text());
    }

    private static X509Certificate selfSigned(String alias, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC",
                "-dname", "CN=" + alias + ".intranet.example"));
        command.addAll(List.of(options));
        keytool(command);
        return certificate(alias);
    }

    private static X509Certificate issuedByCa(String alias, String validityDays) throws Exception {
        keytool(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-dname", "CN=" + alias + ".intranet.example"));
        Path request = dir.resolve(alias + ".csr");
        Path signed = dir.resolve(alias + ".pem");
        keytool(List.of("-certreq", "-alias", alias, "-file", request.toString()));
        keytool(List.of("-gencert", "-alias", "ca", "-infile", request.toString(), "-outfile", signed.toString(),
                "-validity", validityDays, "-rfc"));
        try (InputStream pem = Files.newInputStream(signed)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }

    private static X509Certificate certificate(String alias) throws Exception {
        KeyStore store = KeyStore.getInstance(dir.resolve("store.p12").toFile(), PASSWORD);
        return (X509Certificate) store.getCertificate(alias);
    }

    private static void keytool(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(arguments);
        command.addAll(List.of("-keystore", dir.resolve("store.p12").toString(), "-storepass", new String(PASSWORD),
                "-storetype", "PKCS12", "-noprompt"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }
}
