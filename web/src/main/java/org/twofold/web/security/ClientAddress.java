package org.twofold.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's IP address for the audit log and, later, allow-lists. X-Forwarded-For is
 * ignored until trusted proxies can be configured, so a client cannot choose its address.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
