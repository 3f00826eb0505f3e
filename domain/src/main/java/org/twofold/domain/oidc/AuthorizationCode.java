package org.twofold.domain.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A code the authorization endpoint gave a browser to carry back to its application: works
 * once, within a minute, for the application and redirect address it was given for. Only the
 * SHA-256 of the code is kept. Redeemed with one conditional update, so of two requests with
 * the same code (on any node) exactly one gets tokens.
 */
@Entity
@Table(name = "TF_AUTHORIZATION_CODE")
@NamedQuery(name = AuthorizationCode.REDEEM,
        query = "UPDATE AuthorizationCode c SET c.redeemedAt = :now"
                + " WHERE c.codeDigest = :digest AND c.redeemedAt IS NULL AND c.expiresAt > :now")
@NamedQuery(name = AuthorizationCode.DELETE_EXPIRED, query = "DELETE FROM AuthorizationCode c WHERE c.expiresAt < :before")
public class AuthorizationCode {

    public static final String REDEEM = "AuthorizationCode.redeem";
    public static final String DELETE_EXPIRED = "AuthorizationCode.deleteExpired";

    @Id
    @Column(length = 64)
    private String codeDigest;

    @Column(nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private long userId;

    @Column(nullable = false, length = ApplicationRules.MAX_URI_LENGTH)
    private String redirectUri;

    /** The PKCE S256 challenge; null when the (confidential) application sent none. */
    @Column(length = 128)
    private String codeChallenge;

    @Column(length = 255)
    private String nonce;

    @Column(nullable = false, length = 255)
    private String scope;

    @Column(nullable = false)
    private Instant authTime;

    @Column(nullable = false)
    private boolean secondStepDone;

    /** How the person signed in ({@link SignInMethods#stored}); null in a code from before they were kept. */
    @Column(length = 64)
    private String amr;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant redeemedAt;

    protected AuthorizationCode() {
    }

    public AuthorizationCode(String codeDigest, long applicationId, long userId, String redirectUri, String codeChallenge,
                             String nonce, String scope, Instant authTime, SignInMethods methods, Instant expiresAt) {
        this.codeDigest = codeDigest;
        this.applicationId = applicationId;
        this.userId = userId;
        this.redirectUri = redirectUri;
        this.codeChallenge = codeChallenge;
        this.nonce = nonce;
        this.scope = scope;
        this.authTime = authTime;
        this.secondStepDone = methods.level() != AuthenticationLevel.PASSWORD;
        this.amr = methods.stored();
        this.expiresAt = expiresAt;
    }

    public String getCodeDigest() {
        return codeDigest;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getUserId() {
        return userId;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public String getCodeChallenge() {
        return codeChallenge;
    }

    public String getNonce() {
        return nonce;
    }

    public String getScope() {
        return scope;
    }

    public Instant getAuthTime() {
        return authTime;
    }

    public boolean isSecondStepDone() {
        return secondStepDone;
    }

    /** How the person signed in, for the ID token's {@code acr} and {@code amr}. */
    public SignInMethods methods() {
        return SignInMethods.parse(amr, secondStepDone);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRedeemedAt() {
        return redeemedAt;
    }
}
