package org.twofold.domain.oidc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An application of the intranet that signs people in through Twofold (an OpenID Connect
 * client, or a site behind the reverse proxy's forward authentication). A confidential one
 * has a secret, shown once; only its SHA-256 is kept (256 random bits, so a fast hash is
 * enough). Address lists are kept one per line: they are read whole and never searched.
 */
@Entity
@Table(name = "TF_APPLICATION")
@NamedQuery(name = Application.BY_CLIENT_ID, query = "SELECT a FROM Application a WHERE a.clientId = :clientId")
@NamedQuery(name = Application.ALL, query = "SELECT a FROM Application a ORDER BY a.clientId")
public class Application {

    public static final String BY_CLIENT_ID = "Application.byClientId";
    public static final String ALL = "Application.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = ApplicationRules.MAX_CLIENT_ID_LENGTH)
    private String clientId;

    @Column(nullable = false, length = ApplicationRules.MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private boolean publicClient;

    /** SHA-256 of the secret; null for a public client. */
    @Column(length = 64)
    private String secretDigest;

    @Column(nullable = false, length = 4000)
    private String redirectUris;

    @Column(nullable = false, length = 4000)
    private String postLogoutRedirectUris;

    /** Role names, one per line; empty lets everyone in. */
    @Column(nullable = false, length = 2000)
    private String allowedRoles;

    /** Where Twofold tells the application that a person signed out (Back-Channel Logout); null for nowhere. */
    @Column(length = ApplicationRules.MAX_URI_LENGTH)
    private String backchannelLogoutUri;

    @Column(nullable = false)
    private boolean requireSecondFactor;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private Instant createdAt;

    protected Application() {
    }

    public Application(String clientId, boolean publicClient, Instant createdAt) {
        this.clientId = clientId;
        this.publicClient = publicClient;
        this.createdAt = createdAt;
        this.enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPublicClient() {
        return publicClient;
    }

    public String getSecretDigest() {
        return secretDigest;
    }

    public void setSecretDigest(String secretDigest) {
        this.secretDigest = secretDigest;
    }

    public List<String> getRedirectUris() {
        return lines(redirectUris);
    }

    public void setRedirectUris(List<String> uris) {
        this.redirectUris = String.join("\n", uris);
    }

    public List<String> getPostLogoutRedirectUris() {
        return lines(postLogoutRedirectUris);
    }

    public void setPostLogoutRedirectUris(List<String> uris) {
        this.postLogoutRedirectUris = String.join("\n", uris);
    }

    public List<String> getAllowedRoles() {
        return lines(allowedRoles);
    }

    public void setAllowedRoles(List<String> roles) {
        this.allowedRoles = String.join("\n", roles);
    }

    public String getBackchannelLogoutUri() {
        return backchannelLogoutUri;
    }

    public void setBackchannelLogoutUri(String backchannelLogoutUri) {
        this.backchannelLogoutUri = backchannelLogoutUri;
    }

    public boolean isRequireSecondFactor() {
        return requireSecondFactor;
    }

    public void setRequireSecondFactor(boolean requireSecondFactor) {
        this.requireSecondFactor = requireSecondFactor;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
