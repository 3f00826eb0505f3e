package org.twofold.web.http;

/** Where a page asked for over plain HTTP lives on HTTPS. */
final class HttpsAddress {

    private HttpsAddress() {
    }

    /**
     * On the public address when that is HTTPS (the name people and certificates use, whatever
     * Host header came in); otherwise on the host the request named, at the HTTPS port.
     *
     * @param publicUrl TWOFOLD_PUBLIC_URL, ending in a slash
     * @param path the request's path inside the application, starting with a slash
     * @param query the raw query string, or null
     */
    static String of(String publicUrl, String requestHost, int httpsPort, String path, String query) {
        String base = publicUrl.regionMatches(true, 0, "https://", 0, 8)
                ? publicUrl
                : "https://" + (requestHost.contains(":") && !requestHost.startsWith("[") ? "[" + requestHost + "]" : requestHost)
                        + (httpsPort == 443 ? "" : ":" + httpsPort) + "/";
        return base + (path.startsWith("/") ? path.substring(1) : path) + (query == null ? "" : "?" + query);
    }
}
