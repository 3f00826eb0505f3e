package org.twofold.web.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.network.Cidr;
import org.twofold.web.security.ClientAddress;

/**
 * The address a browser asked the reverse proxy for, as the proxy tells Twofold in a forward
 * authentication request: {@code X-Original-URL} (nginx), or {@code X-Forwarded-Proto},
 * {@code -Host} and {@code -Uri} (Traefik). Believed only from TWOFOLD_TRUSTED_PROXIES: from
 * anyone else a request could name any site.
 */
final class OriginalUrl {

    private OriginalUrl() {
    }

    static Optional<String> of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Original-URL"), request.getHeader("X-Forwarded-Proto"),
                request.getHeader("X-Forwarded-Host"), request.getHeader("X-Forwarded-Uri"), ClientAddress.trustedProxies());
    }

    static Optional<String> resolve(String peer, String originalUrl, String proto, String host, String uri, List<Cidr> trusted) {
        if (!Cidr.anyContains(trusted, peer)) {
            return Optional.empty();
        }
        if (originalUrl != null && !originalUrl.isBlank()) {
            return Optional.of(originalUrl.trim());
        }
        if (proto == null || host == null) {
            return Optional.empty();
        }
        return Optional.of(proto.trim() + "://" + host.trim() + (uri == null || uri.isBlank() ? "/" : uri.trim()));
    }
}
