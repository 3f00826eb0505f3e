package org.twofold.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The first filter (see web.xml): a request whose query or form cannot be decoded (a bad
 * percent escape, say) is answered 400 with the static bad-request page here, before Faces
 * or a servlet trips over it and answers 500. The page is written directly, because an error
 * page rendered by Faces would read the same parameters and fail again.
 */
public class MalformedRequestFilter extends HttpFilter {

    private static final String PAGE = "/bad-request.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (IllegalArgumentException | IllegalStateException undecodable) {
            reject(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void reject(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (InputStream page = getServletContext().getResourceAsStream(PAGE)) {
            if (page != null) {
                page.transferTo(response.getOutputStream());
            }
        }
    }
}
