package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.passkey.Passkey;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.passkey.PasskeyChallenges;
import org.twofold.service.passkey.PasskeyOptions;
import org.twofold.service.passkey.PasskeyRegistration;
import org.twofold.service.passkey.Passkeys;

/**
 * A user's own passkeys and security keys on the Security page: one added (after the password
 * was confirmed, as every change there), renamed, removed. The user is told by email of a new
 * or removed one; the last factor stays ({@link FactorRemoval}).
 */
@Stateless
public class OwnPasskeys {

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private PasskeyRegistration registration;

    @Inject
    private Passkeys passkeys;

    @Inject
    private FactorRemoval removal;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    /** Whether the Security page offers to add one: allowed by the administrator and possible at this address. */
    public boolean offered() {
        return registration.offered();
    }

    /** The browser's options for making a new passkey; empty without a recent password or when passkeys are not offered. */
    public Optional<PasskeyOptions.Issued> registrationOptions(String username, Instant confirmedAt, Instant now) {
        return confirmation.allowedToChange(username, confirmedAt, now)
                .flatMap(user -> registration.options(user, PasskeyChallenges.forUser(user.getId()), now));
    }

    /**
     * Adds the passkey the browser made for the options handed out with {@code challenge}.
     *
     * @param answer the browser's answer (PublicKeyCredential JSON); blank when the person cancelled
     */
    public AccountChange add(String username, String name, String answer, String challenge, Instant confirmedAt,
                             String clientIp, Instant now) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Passkey.MAX_NAME_LENGTH) {
            return AccountChange.INVALID_NAME;
        }
        Optional<User> found = confirmation.allowedToChange(username, confirmedAt, now);
        if (found.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        User user = found.get();
        PasskeyRegistration.Added added = registration.add(user, trimmed, answer, challenge,
                PasskeyChallenges.forUser(user.getId()), clientIp, now);
        switch (added.outcome()) {
            case NOT_ALLOWED -> {
                return AccountChange.NOT_ALLOWED;
            }
            case REFUSED -> {
                return AccountChange.PASSKEY_REFUSED;
            }
            case MODEL_NOT_ALLOWED -> {
                return AccountChange.PASSKEY_MODEL_NOT_ALLOWED;
            }
            case KNOWN -> {
                return AccountChange.PASSKEY_KNOWN;
            }
            default -> {
                boolean told = notices.passkeyAdded(user, trimmed);
                audit.record(AuditEventType.FACTOR_ENROLLED, username, clientIp, "passkey \"" + trimmed + "\""
                        + (added.synced() ? " (synced)" : " (device-bound)") + ", on the Security page"
                        + (told ? ", user notified by email" : ""));
                return AccountChange.DONE;
            }
        }
    }

    public AccountChange rename(String username, long passkeyId, String name, Instant confirmedAt, String clientIp, Instant now) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Passkey.MAX_NAME_LENGTH) {
            return AccountChange.INVALID_NAME;
        }
        Optional<User> user = confirmation.allowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        Optional<Passkey> passkey = passkeys.find(user.get(), passkeyId);
        if (passkey.isEmpty() || !passkeys.rename(user.get(), passkeyId, trimmed)) {
            return AccountChange.NOT_FOUND;
        }
        audit.record(AuditEventType.FACTOR_RENAMED, username, clientIp,
                "passkey \"" + passkey.get().getName() + "\" renamed \"" + trimmed + "\"");
        return AccountChange.DONE;
    }

    /** Removes one of the user's passkeys; it signs in no more. The last factor stays ({@link FactorRemoval}). */
    public AccountChange remove(String username, long passkeyId, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChangeLocked(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        Optional<Passkey> passkey = passkeys.find(user.get(), passkeyId);
        if (passkey.isEmpty()) {
            return AccountChange.NOT_FOUND;
        }
        if (removal.isLastKept(user.get())) {
            return AccountChange.LAST_FACTOR;
        }
        boolean lastPasskey = passkeys.of(user.get()).size() == 1;
        if (!passkeys.remove(user.get(), passkeyId)) {
            return AccountChange.NOT_FOUND;
        }
        int forgotten = removal.afterRemoval(user.get(), TwoFactorMethod.PASSKEY, lastPasskey);
        boolean told = notices.passkeyRemoved(user.get(), passkey.get().getName());
        audit.record(AuditEventType.FACTOR_REMOVED, username, clientIp, "passkey \"" + passkey.get().getName() + "\", by the user"
                + (forgotten > 0 ? ", " + forgotten + " remembered browser(s) forgotten" : "")
                + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }
}
