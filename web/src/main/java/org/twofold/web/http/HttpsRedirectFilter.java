package org.twofold.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.web.security.RequestScheme;

/**
 * In production (TWOFOLD_HTTPS_ONLY), a request that came over plain HTTP is answered only
 * with a redirect to the same page on the public HTTPS address: no page, no session, no form
 * is handled without TLS. The health checks are not part of this application, so load
 * balancers can still probe them over HTTP.
 */
public class HttpsRedirectFilter extends HttpFilter {

    @Inject
    private DeploymentConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!config.httpsOnly() || RequestScheme.isHttps(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String target = HttpsAddress.of(config.publicUrl(), request.getServerName(), config.httpsPort(), path,
                request.getQueryString());
        // 301 is what every client follows for a page; 308 keeps the method and body of a form post.
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", target);
        response.setContentLength(0);
    }
}
