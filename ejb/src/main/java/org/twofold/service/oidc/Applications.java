package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.oidc.Application;
import org.twofold.domain.oidc.ApplicationRules;

/** The registered applications as the protocol endpoints look them up. */
@Stateless
public class Applications {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** The application with this client id, enabled or not. */
    public Optional<Application> any(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Application.BY_CLIENT_ID, Application.class).setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    /** The enabled application with this client id: the only kind that signs anyone in. */
    public Optional<Application> enabled(String clientId) {
        return any(clientId).filter(Application::isEnabled);
    }

    /**
     * The enabled application, if this secret is its own (compared in constant time). A public
     * application has no secret, and is found only when none is given.
     */
    public Optional<Application> authenticated(String clientId, String secret) {
        return enabled(clientId).filter(application -> application.isPublicClient()
                ? secret == null
                : secret != null && MessageDigest.isEqual(Tokens.digest(secret).getBytes(StandardCharsets.US_ASCII),
                        application.getSecretDigest().getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The enabled application whose registered addresses name the site of {@code url} (scheme,
     * host and port): which application a forward-authentication request is for.
     */
    public Optional<Application> forSite(String url) {
        return em.createNamedQuery(Application.ALL, Application.class).getResultStream()
                .filter(Application::isEnabled)
                .filter(application -> application.getRedirectUris().stream().anyMatch(uri -> ApplicationRules.sameSite(uri, url)))
                .findFirst();
    }
}
