package org.twofold.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twofold.web.security.RequestScheme;

/**
 * Headers every response gets (and HSTS every HTTPS one). Pages are never cached: they show
 * who is signed in and, during enrolment, a secret. The Content-Security-Policy forbids
 * framing, plugins, a foreign base URL and foreign form targets on every response; on Faces
 * pages PrimeFaces' CSP mode adds a second policy, "script-src 'self' 'nonce-…'" (web.xml),
 * and browsers enforce both.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        if (RequestScheme.isHttps(request)) {
            // A year, the usual preload minimum; not includeSubDomains, which would bind other intranet hosts.
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
