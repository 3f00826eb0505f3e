package org.twofold.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.twofold.domain.network.Cidr;

/**
 * Whether a request reached Twofold over HTTPS: on Liberty's HTTPS port, or through a trusted
 * proxy that terminated TLS and said so in X-Forwarded-Proto. From anyone else the header is
 * ignored, so a client cannot claim a protection it does not have.
 */
public final class RequestScheme {

    private RequestScheme() {
    }

    public static boolean isHttps(HttpServletRequest request) {
        return isHttps(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"),
                ClientAddress.trustedProxies());
    }

    /**
     * A list ("https, http") counts by its last value, the one the proxy next to Twofold set:
     * a value further left may have come from the client.
     */
    static boolean isHttps(boolean secureConnection, String peer, String forwardedProto, List<Cidr> trustedProxies) {
        if (secureConnection) {
            return true;
        }
        if (forwardedProto == null || !Cidr.anyContains(trustedProxies, peer)) {
            return false;
        }
        String[] values = forwardedProto.split(",");
        return values[values.length - 1].trim().equalsIgnoreCase("https");
    }
}
