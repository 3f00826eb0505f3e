package org.twofold.it;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The test servers answer HTTPS with the self-signed certificate Liberty generates into their
 * data folders. The clients here accept it, as a person accepts a browser's warning once; that
 * it is the data folder's certificate is asserted in TransportSecurityIT.
 */
public final class TestTls {

    private TestTls() {
    }

    /** A TLS context that accepts any server certificate: for the loopback test servers only. */
    public static SSLContext acceptingTestServers() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AcceptingTrustManager()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class AcceptingTrustManager implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException("a client of the test server, never a server");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // accepted: the test server's self-signed certificate
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
