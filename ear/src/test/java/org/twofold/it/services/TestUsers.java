package org.twofold.it.services;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.twofold.domain.apikey.ApiKey;
import org.twofold.domain.crypto.PasswordHasher;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.otp.Base32;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.domain.passkey.Passkey;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.domain.user.UserType;
import org.twofold.service.config.SeedVault;
import org.twofold.service.settings.SettingsOfThisRequest;

/** Test fixtures: users of their own, so tests do not disturb each other or the Administrator. */
@Stateless
public class TestUsers {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private SettingsOfThisRequest settingsOfThisRequest;

    @Inject
    private SeedVault vault;

    public String create(String prefix, String password) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        createWithoutFactor(username, password);
        return username;
    }

    /** A user with no factor and no email address, who sets up a first factor on screen at their first sign-in. */
    public void createWithoutFactor(String username, String password) {
        // No email address: with one, and SMTP configured, enrolment would go by emailed link.
        User user = new User(username, "Test " + username, PasswordHasher.standard().hash(password), Instant.now());
        em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ALL)
                .getResultStream().forEach(user.getRoles()::add);
        em.persist(user);
    }

    /** A user who receives codes by email or SMS; the system is set to allow both. */
    public void createWithSentCodes(String username, String password, TwoFactorMethod method, String email, String phone) {
        SystemSettings settings = settingsRow();
        settings.getAllowedMethods().addAll(EnumSet.of(TwoFactorMethod.EMAIL, TwoFactorMethod.SMS));
        User user = new User(username, "Test " + username, PasswordHasher.standard().hash(password), Instant.now());
        user.getEmailAddresses().add(email);
        if (phone != null) {
            user.getPhoneNumbers().add(phone);
        }
        user.setPreferredMethod(method);
        em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ALL)
                .getResultStream().forEach(user.getRoles()::add);
        em.persist(user);
    }

    /** Another address of the user's own, after the ones they have (so not the main one). */
    public void addEmail(String username, String address) {
        find(username).getEmailAddresses().add(address);
    }

    /** The user's first address and number become confirmed factors, as if they had confirmed them on their Security page. */
    public void confirmContacts(String username) {
        User user = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username).getSingleResult();
        Instant now = Instant.now();
        user.primaryEmail().ifPresent(address -> confirmed(new ContactFactor(user, DeliveryChannel.EMAIL, address, null, now), now));
        user.primaryPhone().ifPresent(number -> confirmed(new ContactFactor(user, DeliveryChannel.SMS, number, null, now), now));
    }

    private void confirmed(ContactFactor factor, Instant now) {
        factor.confirm(now);
        em.persist(factor);
    }

    /** A user with an email address and no authenticator app yet. */
    public void createWithEmail(String username, String password, String email) {
        User user = new User(username, "Test " + username, PasswordHasher.standard().hash(password), Instant.now());
        user.getEmailAddresses().add(email);
        em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", Role.ALL)
                .getResultStream().forEach(user.getRoles()::add);
        em.persist(user);
    }

    /**
     * A user with a confirmed authenticator app holding {@code base32Seed}, so the test can
     * compute codes; with {@code admin}, also an Administrator.
     */
    public void createWithApp(String username, String password, String email, String base32Seed, boolean admin) {
        User user = new User(username, "Test " + username, PasswordHasher.standard().hash(password), Instant.now());
        if (email != null) {
            user.getEmailAddresses().add(email);
        }
        for (String roleName : admin ? List.of(Role.ALL, Role.ADMINISTRATOR) : List.of(Role.ALL)) {
            em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", roleName)
                    .getResultStream().forEach(user.getRoles()::add);
        }
        em.persist(user);
        addApp(user, base32Seed);
    }

    /** A confirmed authenticator app holding {@code base32Seed}, for a user made otherwise. */
    public void addApp(String username, String base32Seed) {
        addApp(find(username), base32Seed);
    }

    private void addApp(User user, String base32Seed) {
        TotpFactor factor = new TotpFactor(user, new TotpParameters(OtpAlgorithm.SHA1, 6, 30), Instant.now());
        em.persist(factor);
        em.flush();
        factor.setSealedSeed(vault.seal(factor.getId(), Base32.decode(base32Seed)));
        factor.confirm(Instant.now());
    }

    /** Disables every enabled administrator but this one (tests call it inside a transaction they roll back). */
    public void disableOtherAdministrators(String username) {
        em.createQuery("SELECT u FROM User u JOIN u.roles r WHERE r.name = :admin AND u.username <> :username", User.class)
                .setParameter("admin", Role.ADMINISTRATOR).setParameter("username", username)
                .getResultStream().forEach(u -> u.setEnabled(false));
    }

    public void disable(String username) {
        find(username).setEnabled(false);
    }

    /** As if the account had 100 failed sign-ins in a row. */
    public void lockForGood(String username) {
        em.createQuery("UPDATE User u SET u.failedAttempts = :failures WHERE u.username = :username")
                .setParameter("failures", User.PERMANENT_LOCK_FAILURES).setParameter("username", username).executeUpdate();
    }

    public void makeWebsiteUserWithBypass(String username, String network) {
        User user = find(username);
        user.setType(UserType.WEBSITE);
        user.setBypassNetworks(network);
    }

    /** What the database holds of the user's recovery codes. */
    public List<String> recoveryCodeHashes(String username) {
        return em.createQuery("SELECT c.codeHash FROM RecoveryCode c WHERE c.user.username = :username", String.class)
                .setParameter("username", username).getResultList();
    }

    public void resetFactors(String username) {
        em.createQuery("DELETE FROM TotpFactor f WHERE f.user.id = :id").setParameter("id", find(username).getId())
                .executeUpdate();
    }

    public boolean exists(String username) {
        return !em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username).getResultList().isEmpty();
    }

    public long idOf(String username) {
        return find(username).getId();
    }

    /** Sets the per-address limit directly (the console checks every other setting too). */
    public void setAddressFailureLimit(int limit) {
        settingsRow().getLockout().setAddressFailureLimit(limit);
    }

    /** Back to the authenticator app alone, the default, for the tests that save the settings after this one. */
    public void allowOnlyTheApp() {
        SystemSettings settings = settingsRow();
        settings.getAllowedMethods().retainAll(EnumSet.of(TwoFactorMethod.TOTP));
        settings.getAllowedMethods().add(TwoFactorMethod.TOTP);
        settings.setDefaultMethod(TwoFactorMethod.TOTP);
        settings.getPasskeys().setPasswordlessSignIn(false);
        settings.getPasskeys().setPasswordlessAdministrators(false);
    }

    /** Passkeys allowed beside the app; {@code passwordless}: a passkey alone signs in too (not Administrators). */
    public void allowPasskeys(boolean passwordless) {
        SystemSettings settings = settingsRow();
        settings.getAllowedMethods().add(TwoFactorMethod.PASSKEY);
        settings.getPasskeys().setPasswordlessSignIn(passwordless);
        settings.getPasskeys().setPasswordlessAdministrators(false);
    }

    /**
     * A passkey row as if the Security page had registered it, for pages that only list and
     * remove passkeys (its key is made up: it signs nothing).
     */
    public void addPasskey(String username, String name) {
        String credentialId = Tokens.newToken();
        em.persist(new Passkey(find(username), name, credentialId, Tokens.digest(credentialId), "AAAA",
                "00000000-0000-0000-0000-000000000000", Instant.now()));
    }

    /** The user's sign-in asks for this method first (as the Security page's "Make default" does). */
    public void preferMethod(String username, TwoFactorMethod method) {
        find(username).setPreferredMethod(method);
    }

    /** A Website (portal) user, whom no role asks for a second step while Website users are not included. */
    public void makeWebsiteUser(String username) {
        find(username).setType(UserType.WEBSITE);
    }

    /** An API key with a known id and secret, as the Security page would have made it. */
    public void addApiKey(String username, String keyId, String secret) {
        em.persist(new ApiKey(find(username), keyId, Tokens.digest(secret), "test key", Instant.now()));
    }

    /** A key that stopped working an hour ago, as one made by "twofold login" does after its hours. */
    public void addExpiredApiKey(String username, String keyId, String secret) {
        ApiKey key = new ApiKey(find(username), keyId, Tokens.digest(secret), "expired key", Instant.now().minusSeconds(9 * 3600));
        key.expireAt(Instant.now().minusSeconds(3600));
        em.persist(key);
    }

    /** Sets how long browsers are remembered directly (0 switches "remember this device" off). */
    public void setRememberDeviceDays(int days) {
        settingsRow().setRememberDeviceDays(days);
    }

    public int failedAttempts(String username) {
        return find(username).getFailedAttempts();
    }

    public TotpFactor confirmedFactor(String username) {
        return em.createNamedQuery(TotpFactor.CONFIRMED_OF_USER, TotpFactor.class)
                .setParameter("userId", find(username).getId())
                .getResultStream().findFirst().orElse(null);
    }

    private User find(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username).getSingleResult();
    }

    /** The settings row, to change directly: the rest of this request reads it again. */
    private SystemSettings settingsRow() {
        settingsOfThisRequest.forget();
        return em.find(SystemSettings.class, SystemSettings.SINGLETON_ID);
    }
}
