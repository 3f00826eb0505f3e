package org.twofold.service.useradmin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.twofold.domain.apikey.ApiKey;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.passkey.PasskeyOfferDismissal;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorWipe;
import org.twofold.service.signin.PendingSignIns;
import org.twofold.service.user.UserDirectory;

/**
 * Deletes a person: their record, roles, addresses, every factor, API key and sign-in in
 * progress, in one transaction. Their audit trail stays, under their username, and the deletion
 * is audited too; a session they still have ends at its next request, since its user is gone.
 * The last enabled administrator cannot be deleted. A person from the company directory comes
 * back as new at their next sign-in if the directory still lets them in.
 */
@Stateless
public class UserDeletion {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    @Inject
    private FactorWipe wipe;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private AuditLog audit;

    public void delete(long id, Actor actor) throws RefusedException {
        User user = users.existing(id);
        boolean enabledAdministrator = user.isEnabled()
                && user.getRoles().stream().anyMatch(role -> Role.ADMINISTRATOR.equals(role.getName()));
        if (enabledAdministrator && users.otherEnabledAdministrators(id) == 0) {
            throw new RefusedException("users.lastAdmin");
        }
        String username = user.getUsername();
        FactorWipe.Wiped wiped = wipe.wipe(user);
        pendingSignIns.removeAll(user);
        int keys = em.createNamedQuery(ApiKey.DELETE_OF_USER).setParameter("userId", id).executeUpdate();
        PasskeyOfferDismissal dismissal = em.find(PasskeyOfferDismissal.class, id);
        if (dismissal != null) {
            em.remove(dismissal);
        }
        em.remove(user);
        em.flush();
        audit.recordChange(actor, AuditEventType.USER_DELETED, username, wiped + ", " + keys + " API key(s) revoked");
    }
}
