package org.twofold.web.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;

/**
 * After signing in, hands the browser on to the application it came from: the authorization
 * endpoint (which sends it back with a code) or a site behind the reverse proxy. A page that
 * refreshes to it, not a redirect: the sign-in forms' Content-Security-Policy
 * ({@code form-action 'self'}) blocks a form's redirects that end on another site, as the
 * authorization endpoint's do. The address was checked when it was remembered.
 */
@WebServlet(SignInPages.CONTINUE)
public class ContinueServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> target = SignInSession.takeReturnToSite(request)
                .or(() -> SignInSession.takeReturnTo(request).map(path -> request.getContextPath() + path));
        if (target.isEmpty()) {
            response.sendRedirect(request.getContextPath() + SignInPages.DESK);
            return;
        }
        String address = attribute(target.get());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html; charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + address + "\"><title>Twofold</title></head>"
                + "<body><p><a id=\"continue\" href=\"" + address + "\">Continue</a></p></body></html>");
    }

    /** The address as an HTML attribute value. */
    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
