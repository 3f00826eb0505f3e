package org.twofold.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.twofold.web.security.SessionWrite;

/**
 * Every redirect a page or servlet answers with goes out after the session is written (see
 * {@link SessionWrite}), so the node that serves the browser's next request reads what this
 * request changed. (The sign-in steps' redirects come from the authentication mechanism, before
 * any filter, and write it themselves.)
 */
public class SessionWrittenBeforeRedirectFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                SessionWrite.now(request);
                super.sendRedirect(location);
            }
        });
    }
}
