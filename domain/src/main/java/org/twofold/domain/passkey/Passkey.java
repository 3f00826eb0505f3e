package org.twofold.domain.passkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.twofold.domain.user.User;

/**
 * A passkey or security key a user registered: the authenticator's credential id and public key
 * (its attested credential data, as the authenticator sent it), the signature counter it last
 * reported, and its backup flags. A use is one conditional update on the counter, so two
 * sign-ins with one assertion cannot both count.
 */
@Entity
@Table(name = "TF_PASSKEY")
@NamedQuery(name = Passkey.OF_USER, query = "SELECT p FROM Passkey p WHERE p.user.id = :userId ORDER BY p.id")
@NamedQuery(name = Passkey.BY_CREDENTIAL, query = "SELECT p FROM Passkey p WHERE p.credentialDigest = :digest")
@NamedQuery(name = Passkey.COUNT_OF_USER, query = "SELECT COUNT(p) FROM Passkey p WHERE p.user.id = :userId")
@NamedQuery(name = Passkey.USE,
        query = "UPDATE Passkey p SET p.signCount = :newCount, p.backupState = :backupState, p.lastUsedAt = :now"
                + " WHERE p.id = :id AND p.signCount = :oldCount")
@NamedQuery(name = Passkey.RENAME, query = "UPDATE Passkey p SET p.name = :name WHERE p.id = :id AND p.user.id = :userId")
@NamedQuery(name = Passkey.DELETE_ONE, query = "DELETE FROM Passkey p WHERE p.id = :id AND p.user.id = :userId")
@NamedQuery(name = Passkey.DELETE_OF_USER, query = "DELETE FROM Passkey p WHERE p.user.id = :userId")
public class Passkey {

    public static final String OF_USER = "Passkey.ofUser";
    public static final String BY_CREDENTIAL = "Passkey.byCredential";
    public static final String COUNT_OF_USER = "Passkey.countOfUser";
    public static final String USE = "Passkey.use";
    public static final String RENAME = "Passkey.rename";
    public static final String DELETE_ONE = "Passkey.deleteOne";
    public static final String DELETE_OF_USER = "Passkey.deleteOfUser";

    public static final int MAX_NAME_LENGTH = 64;
    /** Base64url of a credential id of at most 1023 bytes (WebAuthn §5.8.3). */
    public static final int MAX_CREDENTIAL_ID_LENGTH = 1400;
    public static final int MAX_CREDENTIAL_DATA_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID")
    private User user;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** SHA-256 of the credential id, hex: the unique key a sign-in looks it up by. */
    @Column(nullable = false, length = 64, unique = true)
    private String credentialDigest;

    /** The credential id, base64url, for the browser's list of allowed credentials. */
    @Column(nullable = false, length = MAX_CREDENTIAL_ID_LENGTH)
    private String credentialId;

    /** The attested credential data (AAGUID, id, COSE public key), base64url, as the authenticator sent it. */
    @Column(nullable = false, length = MAX_CREDENTIAL_DATA_LENGTH)
    private String credentialData;

    /** The authenticator model (AAGUID); all zeros when the browser withheld it. */
    @Column(nullable = false, length = 36)
    private String aaguid;

    @Column(nullable = false)
    private long signCount;

    /** Whether the authenticator verified the user (PIN, fingerprint) when the passkey was made. */
    @Column(nullable = false)
    private boolean userVerified;

    /** Whether the passkey may be synced to the user's other devices (a "software" key), and whether it is. */
    @Column(nullable = false)
    private boolean backupEligible;

    @Column(nullable = false)
    private boolean backupState;

    /** How the browser reaches it (usb, nfc, ble, internal, hybrid), comma-separated. */
    @Column(length = 100)
    private String transports;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant lastUsedAt;

    protected Passkey() {
    }

    public Passkey(User user, String name, String credentialId, String credentialDigest, String credentialData,
                   String aaguid, Instant createdAt) {
        this.user = user;
        this.name = name;
        this.credentialId = credentialId;
        this.credentialDigest = credentialDigest;
        this.credentialData = credentialData;
        this.aaguid = aaguid;
        this.createdAt = createdAt;
    }

    /** What the authenticator said about itself when the passkey was made. */
    public void setFlags(long signCount, boolean userVerified, boolean backupEligible, boolean backupState, String transports) {
        this.signCount = signCount;
        this.userVerified = userVerified;
        this.backupEligible = backupEligible;
        this.backupState = backupState;
        this.transports = transports;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public String getCredentialDigest() {
        return credentialDigest;
    }

    public String getCredentialData() {
        return credentialData;
    }

    public String getAaguid() {
        return aaguid;
    }

    public long getSignCount() {
        return signCount;
    }

    public boolean isUserVerified() {
        return userVerified;
    }

    public boolean isBackupEligible() {
        return backupEligible;
    }

    public boolean isBackupState() {
        return backupState;
    }

    public String getTransports() {
        return transports;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
