package org.twofold.domain.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An access token for the UserInfo endpoint: opaque to the application, only its SHA-256
 * kept here. It remembers the code it came from, so a code used a second time revokes it
 * (RFC 6749 §4.1.2), and when its user signed in, so ending the user's sessions ends it too.
 */
@Entity
@Table(name = "TF_ACCESS_TOKEN")
@NamedQuery(name = AccessToken.REVOKE_OF_CODE,
        query = "UPDATE AccessToken t SET t.revoked = :revoked WHERE t.codeDigest = :codeDigest")
@NamedQuery(name = AccessToken.APPLICATIONS_OF_SIGN_IN,
        query = "SELECT DISTINCT t.applicationId FROM AccessToken t WHERE t.userId = :userId AND t.authTime = :authTime")
@NamedQuery(name = AccessToken.DELETE_EXPIRED, query = "DELETE FROM AccessToken t WHERE t.expiresAt < :before")
public class AccessToken {

    public static final String REVOKE_OF_CODE = "AccessToken.revokeOfCode";
    public static final String DELETE_EXPIRED = "AccessToken.deleteExpired";
    /** The applications one sign-in of a person (their session, by its sign-in time) got tokens for. */
    public static final String APPLICATIONS_OF_SIGN_IN = "AccessToken.applicationsOfSignIn";

    @Id
    @Column(length = 64)
    private String tokenDigest;

    @Column(nullable = false, length = 64)
    private String codeDigest;

    @Column(nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private long userId;

    @Column(nullable = false, length = 255)
    private String scope;

    @Column(nullable = false)
    private Instant authTime;

    @Column(nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean revoked;

    protected AccessToken() {
    }

    public AccessToken(String tokenDigest, AuthorizationCode code, Instant expiresAt) {
        this.tokenDigest = tokenDigest;
        this.codeDigest = code.getCodeDigest();
        this.applicationId = code.getApplicationId();
        this.userId = code.getUserId();
        this.scope = code.getScope();
        this.authTime = code.getAuthTime();
        this.expiresAt = expiresAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getUserId() {
        return userId;
    }

    public String getScope() {
        return scope;
    }

    public Instant getAuthTime() {
        return authTime;
    }

    /** Whether it still opens the UserInfo endpoint at {@code now}. */
    public boolean isValidAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }
}
