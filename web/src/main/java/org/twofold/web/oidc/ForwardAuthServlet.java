package org.twofold.web.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.twofold.service.oidc.ForwardAuthorization;
import org.twofold.service.oidc.ProviderAddress;
import org.twofold.service.oidc.SignedInClaims;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.SignInPages;

/**
 * Forward authentication for nginx's {@code auth_request} and Traefik's {@code forwardAuth}:
 * 200 with {@code Remote-User}, {@code -Name}, {@code -Email} and {@code -Groups} for a
 * browser whose Twofold sign-in the site accepts; 401 with a {@code Location} of the sign-in
 * page that returns to the original address; 403 for a person the site does not let in or a
 * site no application names. The body is empty: the proxy shows its own pages.
 */
@WebServlet(OidcPaths.FORWARD_AUTH)
public class ForwardAuthServlet extends HttpServlet {

    @Inject
    private ForwardAuthorization forward;

    @Inject
    private ProviderAddress issuer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<String> original = OriginalUrl.of(request);
        ForwardAuthorization.Answer answer = forward.check(original.orElse(null), BrowserSignIns.of(request), ClientAddress.of(request));
        if (answer instanceof ForwardAuthorization.Allowed allowed) {
            SignedInClaims person = allowed.person();
            response.setHeader("Remote-User", person.username());
            response.setHeader("Remote-Name", headerSafe(person.name()));
            response.setHeader("Remote-Email", person.email() == null ? "" : headerSafe(person.email()));
            response.setHeader("Remote-Groups", headerSafe(String.join(",", person.groups())));
            response.setStatus(HttpServletResponse.SC_OK);
        } else if (answer instanceof ForwardAuthorization.SignInFirst) {
            response.setHeader("Location", issuer.endpoint(SignInPages.LOGIN) + "?rd="
                    + URLEncoder.encode(original.orElseThrow(), StandardCharsets.UTF_8));
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** A header value of one line of visible ASCII: names with other letters are percent-encoded (RFC 3986), not mangled. */
    private static String headerSafe(String value) {
        if (value == null) {
            return "";
        }
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '%') ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
