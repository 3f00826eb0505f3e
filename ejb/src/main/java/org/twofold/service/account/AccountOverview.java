package org.twofold.service.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.twofold.domain.user.TwoFactorMethod;

/**
 * What the Security page shows about a user's own sign-in: the second step it asks for first
 * (the default, and where a sent code goes, masked), their authenticator apps, passkeys, email and SMS
 * factors, remembered browsers, how many recovery codes are left, and what they may add.
 */
public record AccountOverview(SecondStep secondStep, TwoFactorMethod method, String maskedDestination,
                              List<App> apps, List<Passkey> passkeys, List<Contact> contacts, List<Browser> browsers,
                              long recoveryCodesLeft,
                              int rememberDeviceDays, Set<TwoFactorMethod> allowedMethods, List<String> ownEmails,
                              List<String> ownPhones) implements Serializable {

    /** Whether the user signs in with a second step, and who decided. */
    public enum SecondStep {
        /** An administrator switched two-factor sign-in off for everyone. */
        OFF,
        /** The user's roles ask for it: it cannot be switched off, and the last factor stays. */
        REQUIRED,
        /** No role asks for it; the user chose it (and may switch it off). */
        CHOSEN,
        /** No role asks for it and the user has not chosen it: the password alone signs in. */
        NOT_ASKED
    }

    /** A confirmed email (channel EMAIL) or SMS factor; {@code lastUsedAt} is null before its first sign-in. */
    public record Contact(TwoFactorMethod method, String maskedDestination, Instant addedAt, Instant lastUsedAt)
            implements Serializable {
    }

    /** A confirmed authenticator app; {@code lastUsedAt} is null before its first code. */
    public record App(long id, Instant addedAt, Instant lastUsedAt) implements Serializable {
    }

    /**
     * A passkey or security key: its name, and whether it may be synced to the user's other
     * devices (a passkey in a password manager) rather than bound to one (a security key).
     */
    public record Passkey(long id, String name, boolean synced, Instant addedAt, Instant lastUsedAt) implements Serializable {
    }

    /** A remembered browser, which skips the code step until {@code expiresAt}. */
    public record Browser(long id, String name, String lastAddress, Instant rememberedAt, Instant lastUsedAt,
                          Instant expiresAt) implements Serializable {
    }
}
