package org.twofold.service.passkey;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.passkey.Passkey;
import org.twofold.domain.user.User;

/** A user's registered passkeys: found, added, renamed, used and removed. */
@Stateless
public class Passkeys {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    public List<Passkey> of(User user) {
        return em.createNamedQuery(Passkey.OF_USER, Passkey.class).setParameter("userId", user.getId()).getResultList();
    }

    public boolean hasAny(User user) {
        return em.createNamedQuery(Passkey.COUNT_OF_USER, Long.class).setParameter("userId", user.getId()).getSingleResult() > 0;
    }

    public Optional<Passkey> find(User user, long id) {
        return Optional.ofNullable(em.find(Passkey.class, id)).filter(p -> p.getUser().getId().equals(user.getId()));
    }

    /** The passkey with this credential id (base64url), whoever's it is. */
    public Optional<Passkey> byCredentialId(String credentialId) {
        return em.createNamedQuery(Passkey.BY_CREDENTIAL, Passkey.class)
                .setParameter("digest", Tokens.digest(credentialId))
                .getResultStream().findFirst();
    }

    /** Stores a checked new passkey; false when this credential is registered already (to anyone). */
    public boolean add(User user, String name, PasskeyVerifier.NewCredential credential, Instant now) {
        if (byCredentialId(credential.credentialId()).isPresent()) {
            return false;
        }
        Passkey passkey = new Passkey(user, name, credential.credentialId(), Tokens.digest(credential.credentialId()),
                credential.credentialData(), credential.aaguid(), now);
        passkey.setFlags(credential.signCount(), credential.userVerified(), credential.backupEligible(),
                credential.backupState(), credential.transports());
        em.persist(passkey);
        return true;
    }

    /**
     * Records a checked use: the new counter and backup state. One conditional update on the
     * counter the check saw, so of two sign-ins with one answer, on any nodes, one counts.
     */
    public boolean recordUse(Passkey passkey, PasskeyVerifier.Used used, Instant now) {
        return em.createNamedQuery(Passkey.USE)
                .setParameter("newCount", used.signCount())
                .setParameter("backupState", used.backupState())
                .setParameter("now", now)
                .setParameter("id", passkey.getId())
                .setParameter("oldCount", passkey.getSignCount())
                .executeUpdate() == 1;
    }

    public boolean rename(User user, long id, String name) {
        return em.createNamedQuery(Passkey.RENAME).setParameter("name", name).setParameter("id", id)
                .setParameter("userId", user.getId()).executeUpdate() == 1;
    }

    public boolean remove(User user, long id) {
        return em.createNamedQuery(Passkey.DELETE_ONE).setParameter("id", id).setParameter("userId", user.getId())
                .executeUpdate() == 1;
    }

    /** Removes every passkey of the user (an administrator's reset); returns how many. */
    public int removeAll(User user) {
        return em.createNamedQuery(Passkey.DELETE_OF_USER).setParameter("userId", user.getId()).executeUpdate();
    }

    /** The WebAuthn user handle of a user: their account number, so a passkey outlives a new username. */
    public static String userHandle(User user) {
        return userHandle(user.getId());
    }

    public static String userHandle(long userId) {
        return PasskeyVerifier.encode(String.valueOf(userId).getBytes(StandardCharsets.UTF_8));
    }
}
