package org.twofold.web.http;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.net.MalformedURLException;

/**
 * A path no servlet serves and no file answers (a scanner's {@code /wp-login.php}, a
 * {@code /.well-known/...} Twofold does not offer, a page that does not exist) gets the error
 * page's 404 here. Liberty's file serving and Faces would answer it too, but log a warning
 * (SRVE0190E, or a stack trace) and an FFDC incident for each, filling the log folder with
 * what needs nobody's attention.
 */
public class MissingPathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isServed(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Files are served as they are, pages (*.xhtml) by Faces from their file, Faces resources
     * from the libraries; anything else (the API, the servlets) is mapped to its own code.
     */
    private boolean isServed(HttpServletRequest request) {
        MappingMatch match = request.getHttpServletMapping().getMappingMatch();
        if (match == MappingMatch.EXTENSION) {
            // Mojarra answers a missing page with a 404 too, but logs a warning and a stack trace.
            return request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/") || isFile(request);
        }
        return match != MappingMatch.DEFAULT || isFile(request);
    }

    private boolean isFile(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            return true;
        }
        try {
            return getServletContext().getResource(path) != null;
        } catch (MalformedURLException notAPath) {
            return false;
        }
    }
}
