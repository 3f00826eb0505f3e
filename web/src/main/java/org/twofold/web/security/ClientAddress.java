package org.twofold.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.twofold.domain.network.Cidr;

/**
 * The client's IP address for the audit log, rate limits and the IP bypass. X-Forwarded-For
 * counts only when the connection comes from a trusted proxy (TWOFOLD_TRUSTED_PROXIES, CIDR
 * list, empty by default), so a client cannot choose its own address.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    /** TWOFOLD_TRUSTED_PROXIES: the reverse proxies whose forwarding headers are believed. */
    public static List<Cidr> trustedProxies() {
        return Cidr.parseList(ConfigProvider.getConfig(ClientAddress.class.getClassLoader())
                .getOptionalValue("twofold.trusted.proxies", String.class).orElse(""));
    }

    /**
     * The nearest address in the forwarding chain that is not a trusted proxy: walking
     * X-Forwarded-For from the right, as each trusted hop appended the one before it.
     */
    static String resolve(String peer, String forwardedFor, List<Cidr> trustedProxies) {
        if (forwardedFor == null || !Cidr.anyContains(trustedProxies, peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!Cidr.anyContains(trustedProxies, hop)) {
                return isAddress(hop) ? hop : peer;
            }
        }
        return peer;
    }

    private static boolean isAddress(String text) {
        try {
            Cidr.parse(text);
            return !text.contains("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
