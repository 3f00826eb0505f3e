package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * The test server runs as production does (TWOFOLD_HTTPS_ONLY): pages over HTTPS only, with
 * the self-signed certificate generated into its data folder; plain HTTP answers nothing but
 * a redirect, except the health checks and a trusted proxy that says TLS ended there.
 */
class TransportSecurityIT {

    private static final URI PLAIN = URI.create(System.getProperty("twofold.http.url", "http://localhost:9180"));
    /** The IT server trusts 127.0.0.2 as a reverse proxy (ear/src/test/liberty/server.env). */
    private static final URI PLAIN_FROM_PROXY = URI.create("http://127.0.0.1:" + PLAIN.getPort());
    private static final Pattern SESSION_COOKIE = Pattern.compile("(?im)^Set-Cookie: JSESSIONID=[^\r\n]*");

    @Test
    void plainHttpGetsOnlyARedirectToTheSamePageOnTheHttpsAddress() throws IOException {
        RawHttp.Answer get = plain("GET /login.xhtml?lang=en HTTP/1.1", "");
        assertEquals(301, get.status());
        assertEquals(Browser.BASE.resolve("/login.xhtml?lang=en").toString(), header(get, "Location"));
        assertFalse(SESSION_COOKIE.matcher(get.head()).find(), "no session over plain HTTP");
        assertEquals("", get.body());

        // A form sent over plain HTTP is not handled: it is sent on, method and body kept.
        RawHttp.Answer post = plain("POST /login.xhtml HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded",
                "login%3Ausername=Administrator&login%3Apassword=guess");
        assertEquals(308, post.status());
        assertEquals(Browser.BASE.resolve("/login.xhtml").toString(), header(post, "Location"));
        assertFalse(SESSION_COOKIE.matcher(post.head()).find());
    }

    @Test
    void healthChecksStillAnswerOverPlainHttp() throws IOException {
        assertEquals(200, plain("GET /health/ready HTTP/1.1", "").status());
    }

    @Test
    void overHttpsTheSessionCookieIsSecureHttpOnlyAndSameSiteAndHstsIsSent() throws IOException {
        RawHttp.Answer page = RawHttp.send("GET /login.xhtml HTTP/1.1");
        assertEquals(200, page.status());
        assertEquals("max-age=31536000", header(page, "Strict-Transport-Security"));
        assertSecureSessionCookie(page);
    }

    @Test
    void aTrustedProxyThatEndedTlsGetsThePageAsOverHttps() throws IOException {
        RawHttp.Answer page = RawHttp.send(PLAIN_FROM_PROXY, InetAddress.getByName("127.0.0.2"),
                "GET /login.xhtml HTTP/1.1\r\nX-Forwarded-Proto: https\r\nX-Forwarded-For: 192.0.2.10", new byte[0]);
        assertEquals(200, page.status());
        assertEquals("max-age=31536000", header(page, "Strict-Transport-Security"));
        assertSecureSessionCookie(page);
    }

    @Test
    void anyoneElseClaimingTlsIsStillRedirected() throws IOException {
        RawHttp.Answer answer = plain("GET /login.xhtml HTTP/1.1\r\nX-Forwarded-Proto: https", "");
        assertEquals(301, answer.status());
        assertTrue(header(answer, "Strict-Transport-Security").isEmpty());
    }

    @Test
    void httpsPresentsTheSelfSignedCertificateGeneratedIntoTheDataFolderAndTheLogSaysSo() throws Exception {
        Path keystore = Path.of(System.getProperty("twofold.it.data.dir"), "tls", "self-signed.p12");
        KeyStore generated = KeyStore.getInstance(keystore.toFile(), "twofold-self-signed".toCharArray());
        Certificate inDataFolder = generated.getCertificate("default");

        X509Certificate presented;
        try (SSLSocket socket = (SSLSocket) TestTls.acceptingTestServers().getSocketFactory()
                .createSocket(Browser.BASE.getHost(), Browser.BASE.getPort())) {
            socket.startHandshake();
            presented = (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
        assertEquals(inDataFolder, presented);
        assertEquals(presented.getSubjectX500Principal(), presented.getIssuerX500Principal(), "self-signed");

        assertTrue(TestServer.log().contains("HTTPS uses the self-signed certificate in " + keystore),
                "the log names the self-signed certificate and where it is");
    }

    private static RawHttp.Answer plain(String request, String body) throws IOException {
        return RawHttp.send(PLAIN, null, request, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSecureSessionCookie(RawHttp.Answer answer) {
        Matcher cookie = SESSION_COOKIE.matcher(answer.head());
        assertTrue(cookie.find(), answer.head());
        String attributes = cookie.group().toLowerCase();
        assertTrue(attributes.contains("; secure"), cookie.group());
        assertTrue(attributes.contains("; httponly"), cookie.group());
        assertTrue(attributes.contains("; samesite=lax"), cookie.group());
    }

    private static String header(RawHttp.Answer answer, String name) {
        Matcher value = Pattern.compile("(?im)^" + name + ": ([^\r\n]*)").matcher(answer.head());
        return value.find() ? value.group(1) : "";
    }
}
