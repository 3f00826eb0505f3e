package org.twofold.it.services;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.oidc.Application;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.oidc.ApplicationAdministration;
import org.twofold.service.oidc.ApplicationDraft;

/** Test fixtures: applications registered as an administrator would, with secrets the test knows. */
@Stateless
public class TestApplications {

    private static final Actor FIXTURE = new Actor("test-fixture", "127.0.0.1");

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private ApplicationAdministration applications;

    /** Registers it (unless it is there already); a confidential one gets {@code secret} as its secret. */
    public void register(String clientId, String secret, List<String> redirectUris, List<String> postLogoutUris,
                         boolean requireSecondFactor, List<String> allowedRoles) throws RefusedException {
        if (applications.find(clientId).isPresent()) {
            return;
        }
        applications.create(new ApplicationDraft(clientId, "Test " + clientId, redirectUris, postLogoutUris, null, secret == null,
                requireSecondFactor, allowedRoles, true), Instant.now(), FIXTURE);
        if (secret != null) {
            em.createNamedQuery(Application.BY_CLIENT_ID, Application.class).setParameter("clientId", clientId)
                    .getSingleResult().setSecretDigest(Tokens.digest(secret));
        }
    }

    /** Where the application hears of sign-outs (Back-Channel Logout). */
    public void setBackchannelLogoutUri(String clientId, String uri) {
        em.createNamedQuery(Application.BY_CLIENT_ID, Application.class).setParameter("clientId", clientId)
                .getSingleResult().setBackchannelLogoutUri(uri);
    }

    /** Gives the user this role, made if there is none by that name. */
    public void giveRole(String username, String roleName) {
        Role role = em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", roleName).getResultStream().findFirst()
                .orElseGet(() -> {
                    Role made = new Role(roleName, false, false);
                    em.persist(made);
                    return made;
                });
        em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username).getSingleResult().getRoles().add(role);
    }
}
