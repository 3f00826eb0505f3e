package org.twofold.web.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.twofold.service.oidc.BackChannelLogout;
import org.twofold.service.oidc.Logout;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;

/**
 * The end-session endpoint: an application signs the person out of Twofold too. The session
 * ends on the server, and the other applications it signed in to hear of it
 * ({@link BackChannelLogout}); the browser goes back to the application only to an address it
 * registered for that ({@link Logout}), else to Twofold's "signed out" page.
 */
@WebServlet(OidcPaths.LOGOUT)
public class LogoutServlet extends HttpServlet {

    @Inject
    private Logout logout;

    @Inject
    private SignedInSessions sessions;

    @Inject
    private BackChannelLogout backChannel;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<String> back = logout.returnAddress(request.getParameter("id_token_hint"), request.getParameter("client_id"),
                request.getParameter("post_logout_redirect_uri"), Instant.now());
        Optional<String> username = SignInSession.username(request);
        Optional<Instant> signedInAt = SignInSession.signedInAt(request);
        username.ifPresent(name -> sessions.recordSignOut(name, ClientAddress.of(request)));
        request.logout();
        SignInSession.end(request);
        if (username.isPresent() && signedInAt.isPresent()) {
            backChannel.signInEnded(username.get(), signedInAt.get());
        }
        String state = request.getParameter("state");
        if (back.isPresent()) {
            String separator = back.get().contains("?") ? "&" : "?";
            response.sendRedirect(state == null ? back.get()
                    : back.get() + separator + "state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(request.getContextPath() + SignInPages.LOGIN + "?signedOut=true");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doGet(request, response);
    }
}
