package org.twofold.service.passkey;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.passkey.CeremonyPurpose;
import org.twofold.domain.passkey.PasskeyChallenge;
import org.twofold.service.BatchDelete;

/**
 * Challenges for passkey ceremonies: 32 random bytes each, kept as a digest with what and whom
 * they are for, answered at most once and within {@link #LIFETIME}, on any node.
 */
@Stateless
public class PasskeyChallenges {

    /** As long as the browser is told to wait for the authenticator (the options' timeout). */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** A new challenge, base64url, for {@code purpose} and {@code binding} (see {@link PasskeyChallenge}). */
    public String issue(CeremonyPurpose purpose, String binding, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String challenge = PasskeyVerifier.encode(bytes);
        em.persist(new PasskeyChallenge(Tokens.digest(challenge), purpose, binding, now.plus(LIFETIME)));
        return challenge;
    }

    /** Uses the challenge up: true only the first time, for its purpose and binding, before it expires. */
    public boolean use(String challenge, CeremonyPurpose purpose, String binding, Instant now) {
        if (challenge == null) {
            return false;
        }
        return em.createNamedQuery(PasskeyChallenge.USE)
                .setParameter("digest", Tokens.digest(challenge))
                .setParameter("purpose", purpose)
                .setParameter("binding", binding)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** How many challenges for {@code purpose} and {@code binding} are still open. */
    public long open(CeremonyPurpose purpose, String binding, Instant now) {
        return em.createNamedQuery(PasskeyChallenge.LIVE, Long.class)
                .setParameter("purpose", purpose).setParameter("binding", binding).setParameter("now", now)
                .getSingleResult();
    }

    /** Deletes up to {@code max} challenges that expired before {@code cutoff}; returns how many. */
    public int deleteExpired(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "PasskeyChallenge", "challengeDigest", "e.expiresAt < :cutoff", Map.of("cutoff", cutoff));
    }

    /** The binding of a challenge for a user's own ceremony. */
    public static String forUser(long userId) {
        return "user:" + userId;
    }

    /** The binding of a challenge for the second step of the pending sign-in with this digest. */
    public static String forPendingSignIn(String pendingDigest) {
        return "pending:" + pendingDigest;
    }

    /**
     * The binding of a challenge for a sign-in with a passkey alone: anyone may start one, so it
     * is bound to the client's address, which also caps how many one address holds open.
     */
    public static String forAddress(String clientIp) {
        return "address:" + clientIp;
    }
}
