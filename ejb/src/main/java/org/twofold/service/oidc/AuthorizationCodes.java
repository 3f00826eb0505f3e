package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.oidc.AccessToken;
import org.twofold.domain.oidc.AuthorizationCode;
import org.twofold.domain.oidc.SignInMethods;

/** One-time authorization codes: issued for a signed-in person, redeemed once within a minute. */
@Stateless
public class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** What a code brought to the token endpoint turned out to be. */
    public sealed interface Redemption {
    }

    /** First use, in time: the code's row, now marked used. */
    public record Redeemed(AuthorizationCode code) implements Redemption {
    }

    /** Used before: whatever it gave is revoked now (RFC 6749 §4.1.2), for it may have been stolen. */
    public record Replayed() implements Redemption {
    }

    /** Never issued, or expired. */
    public record Unknown() implements Redemption {
    }

    /** What the authorization endpoint hands out: the code is answered once, only its SHA-256 kept. */
    public record NewCode(String redirectUri, String codeChallenge, String nonce, String scope) {
    }

    public String issue(long applicationId, long userId, NewCode request, Instant authTime, SignInMethods methods, Instant now) {
        String code = Tokens.newToken();
        em.persist(new AuthorizationCode(Tokens.digest(code), applicationId, userId, request.redirectUri(), request.codeChallenge(),
                request.nonce(), request.scope(), authTime, methods, now.plus(LIFETIME)));
        return code;
    }

    /** Marks the code used with one conditional update, so of two requests with it exactly one wins. */
    public Redemption redeem(String code, Instant now) {
        if (code == null || code.isEmpty() || code.length() > 100) {
            return new Unknown();
        }
        String digest = Tokens.digest(code);
        int won = em.createNamedQuery(AuthorizationCode.REDEEM).setParameter("digest", digest).setParameter("now", now).executeUpdate();
        AuthorizationCode row = em.find(AuthorizationCode.class, digest);
        if (row == null) {
            return new Unknown();
        }
        em.refresh(row);
        if (won == 1) {
            return new Redeemed(row);
        }
        if (row.getRedeemedAt() != null) {
            em.createNamedQuery(AccessToken.REVOKE_OF_CODE).setParameter("codeDigest", digest).setParameter("revoked", true).executeUpdate();
            return new Replayed();
        }
        return new Unknown(); // expired
    }
}
