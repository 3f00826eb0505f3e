package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.factor.RecoveryCode;
import org.twofold.domain.factor.RecoveryCodeText;
import org.twofold.domain.user.User;

/**
 * A user's recovery codes: a set of ten, replaced as a whole, each usable once. The database
 * keeps only their SHA-256 (80 random bits each, so a fast hash is enough), and a use is one
 * conditional update, so two requests with the same code cannot both sign in.
 */
@Stateless
public class RecoveryCodeService {

    public static final int SET_SIZE = 10;

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** A new set for the user, voiding the old one; the codes are returned once, never stored. */
    public List<String> replaceSet(User user, Instant now) {
        removeAll(user);
        List<String> codes = new ArrayList<>(SET_SIZE);
        for (int i = 0; i < SET_SIZE; i++) {
            String code = RecoveryCodeText.newCode();
            em.persist(new RecoveryCode(user, Tokens.digest(RecoveryCodeText.normalize(code)), now));
            codes.add(code);
        }
        return codes;
    }

    /** The first set, made with a user's first factor; empty when they still have unused codes. */
    public List<String> firstSetIfNone(User user, Instant now) {
        return unusedCount(user) > 0 ? List.of() : replaceSet(user, now);
    }

    public long unusedCount(User user) {
        return em.createNamedQuery(RecoveryCode.UNUSED_COUNT, Long.class).setParameter("userId", user.getId())
                .getSingleResult();
    }

    /** Uses up the code if it is one of the user's unused ones; whatever else was typed is false. */
    public boolean use(User user, String typed, Instant now) {
        String code = RecoveryCodeText.normalize(typed);
        if (code.isEmpty()) {
            return false;
        }
        return em.createNamedQuery(RecoveryCode.USE)
                .setParameter("now", now)
                .setParameter("userId", user.getId())
                .setParameter("codeHash", Tokens.digest(code))
                .executeUpdate() == 1;
    }

    /** With the user's second factors (an admin's reset): the codes go too. */
    public int removeAll(User user) {
        return em.createNamedQuery(RecoveryCode.DELETE_OF_USER).setParameter("userId", user.getId()).executeUpdate();
    }
}
