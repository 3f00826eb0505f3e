package org.twofold.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in. The lockout counters live here, in the database, so that
 * re-entering the password, a new session or another cluster node does not reset them.
 */
@Entity
@Table(name = "TF_USER")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
public class User {

    public static final String BY_USERNAME = "User.byUsername";
    // The failure counters below change only by Lockout's conditional UPDATEs.
    /** Consecutive failures after which only an admin's Unlock opens the account again. */
    public static final int PERMANENT_LOCK_FAILURES = 100;
    public static final int MAX_USERNAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_USERNAME_LENGTH)
    private String username;

    @Column(nullable = false, length = 200)
    private String displayName;

    // Addresses, numbers and roles are read when used (lazily): a sign-in looks a user up a
    // dozen times, mostly for a counter or a date, and each collection read eagerly costs a query.

    /** The first address is the one codes and notices go to. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "TF_USER_EMAIL", joinColumns = @JoinColumn(name = "USER_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "ADDRESS", length = 254)
    private List<String> emailAddresses = new ArrayList<>();

    /** The first number is the one codes go to. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "TF_USER_PHONE", joinColumns = @JoinColumn(name = "USER_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "NUMBER", length = 32)
    private List<String> phoneNumbers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserType type = UserType.SYSTEM;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Null for directory users: the directory checks their password. */
    @Column(length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserSource source = UserSource.LOCAL;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "TF_USER_ROLE",
            joinColumns = @JoinColumn(name = "USER_ID"),
            inverseJoinColumns = @JoinColumn(name = "ROLE_ID"))
    private Set<Role> roles = new HashSet<>();

    /**
     * Consecutive failed sign-in attempts (wrong passwords and wrong codes) since the last
     * complete sign-in or Unlock; a timed lock does not reset it.
     */
    @Column(nullable = false)
    private int failedAttempts;

    private Instant lockedUntil;

    @Column(nullable = false)
    private Instant createdAt;

    /** The second factor this user wants; null means the system's default. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TwoFactorMethod preferredMethod;

    /** The language the user chose for pages, emails and SMS (a tag like "de"); null: their browser's, English in emails. */
    @Column(length = 8)
    private String preferredLanguage;

    /** The user asked for a second step on their Security page, though no role requires one. */
    @Column(nullable = false)
    private boolean secondStepChosen;

    /** This user's own networks (CIDR) that may skip the second factor, when the settings allow it. */
    @Column(length = 2000)
    private String bypassNetworks;

    /** Sessions signed in before this instant are over (an admin ended them); null: none ended. */
    private Instant sessionsValidFrom;

    /** When this user first had to use a second factor without having one, for the grace period. */
    private Instant enrolmentGraceFrom;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** A record for a person of the company directory, made at their first sign-in; it holds no password. */
    public static User fromDirectory(String username, String displayName, Instant createdAt) {
        User user = new User(username, displayName, null, createdAt);
        user.source = UserSource.DIRECTORY;
        return user;
    }

    public UserSource getSource() {
        return source;
    }

    public boolean isFromDirectory() {
        return source == UserSource.DIRECTORY;
    }

    /** Locked for the lockout period, or for good after {@link #PERMANENT_LOCK_FAILURES} failures. */
    public boolean isLockedAt(Instant now) {
        return isLockedUntilUnlocked() || lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean isAdministrator() {
        return roles.stream().anyMatch(role -> Role.ADMINISTRATOR.equals(role.getName()));
    }

    public boolean isLockedUntilUnlocked() {
        return failedAttempts >= PERMANENT_LOCK_FAILURES;
    }

    public void clearFailedCodes() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getEmailAddresses() {
        return emailAddresses;
    }

    public List<String> getPhoneNumbers() {
        return phoneNumbers;
    }

    public UserType getType() {
        return type;
    }

    public void setType(UserType type) {
        this.type = type;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isSecondStepChosen() {
        return secondStepChosen;
    }

    public void setSecondStepChosen(boolean secondStepChosen) {
        this.secondStepChosen = secondStepChosen;
    }

    public String getBypassNetworks() {
        return bypassNetworks;
    }

    public void setBypassNetworks(String bypassNetworks) {
        this.bypassNetworks = bypassNetworks;
    }

    public TwoFactorMethod getPreferredMethod() {
        return preferredMethod;
    }

    public void setPreferredMethod(TwoFactorMethod preferredMethod) {
        this.preferredMethod = preferredMethod;
    }

    public Optional<String> primaryEmail() {
        return emailAddresses.isEmpty() ? Optional.empty() : Optional.of(emailAddresses.get(0));
    }

    public Optional<String> primaryPhone() {
        return phoneNumbers.isEmpty() ? Optional.empty() : Optional.of(phoneNumbers.get(0));
    }

    public Optional<String> preferredLanguage() {
        return Optional.ofNullable(preferredLanguage);
    }

    /** @param language a supported language's tag, or null for the browser's */
    public void setPreferredLanguage(String language) {
        this.preferredLanguage = language;
    }

    /** Whether a session signed in at {@code signedInAt} is still valid, i.e. not ended by an admin. */
    public boolean acceptsSessionFrom(Instant signedInAt) {
        return sessionsValidFrom == null || !signedInAt.isBefore(sessionsValidFrom);
    }

    public void endSessions(Instant now) {
        sessionsValidFrom = now;
    }

    public Instant getEnrolmentGraceFrom() {
        return enrolmentGraceFrom;
    }

    public void setEnrolmentGraceFrom(Instant enrolmentGraceFrom) {
        this.enrolmentGraceFrom = enrolmentGraceFrom;
    }
}
