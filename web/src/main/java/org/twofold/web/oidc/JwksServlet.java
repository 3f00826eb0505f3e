package org.twofold.web.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.twofold.service.oidc.SigningKeys;

/** The public keys that verify Twofold's ID tokens (RFC 7517): the current one and any retired one still in use. */
@WebServlet(OidcPaths.JWKS)
public class JwksServlet extends HttpServlet {

    @Inject
    private SigningKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/jwk-set+json");
        response.setCharacterEncoding("UTF-8");
        // Short, so that after a rotation the applications see the new key within a minute.
        response.setHeader("Cache-Control", "max-age=60");
        response.getWriter().write(keys.publicKeys(Instant.now()).toString(true));
    }
}
