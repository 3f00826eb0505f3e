package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.settings.LockoutSettings;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.metrics.Meters;
import org.twofold.service.throttle.AddressThrottles;
import org.twofold.service.throttle.NameThrottles;

/**
 * Caps guessing at both steps of signing in (NIST SP 800-63B §3.2.2): each attempt, a
 * password or a code, is counted as failed for its client address and its account before it
 * is checked, so a refused attempt costs no password hash and parallel attempts cannot run
 * past a limit. A right answer gives the attempt back.
 */
@Stateless
public class SignInAttempts {

    @Inject
    private Lockout lockout;

    @Inject
    private AddressThrottles addresses;

    @Inject
    private NameThrottles names;

    @Inject
    private AuditLog audit;

    @Inject
    private LockoutNotices notices;

    @Inject
    private Meters meters;

    /**
     * Counts one attempt against the address and the known user's account; committed at once,
     * so that every other request sees it.
     *
     * @return the attempt to settle, or empty when the address or the account is refused now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Attempt> begin(long userId, String address, SystemSettings settings, Instant now) {
        addresses.ensureExists(address, now);
        return reserve(userId, address, settings, now);
    }

    private Optional<Attempt> reserve(long userId, String address, SystemSettings settings, Instant now) {
        return reserveAddress(address, settings, now).flatMap(byAddress ->
                // A try at a locked account still counts for its address: it is a failed sign-in.
                lockout.reserve(userId, settings, now).map(byAccount -> new Attempt(byAccount, null, byAddress)));
    }

    /**
     * Counts one password attempt against the address and the account of {@code typedName},
     * or, when no account has that name, against the name itself under the same lockout rule,
     * so that a locked name answers alike whether or not it exists. The caller has made the
     * address's row, and the name's when no account has it ({@link AttemptGuard}).
     *
     * @param userId null when no account has the name (yet)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Attempt> beginForName(Long userId, String typedName, String address, SystemSettings settings,
                                          Instant now) {
        if (userId != null) {
            return reserve(userId, address, settings, now);
        }
        LockoutSettings lockout = settings.getLockout();
        Duration lockPeriod = Duration.ofMinutes(lockout.getLockoutDurationMinutes());
        return reserveAddress(address, settings, now).flatMap(byAddress ->
                names.reserve(typedName, lockout.getLockoutThreshold(), lockPeriod, now)
                        .map(byName -> new Attempt(null, byName, byAddress)));
    }

    private Optional<AddressThrottles.Reservation> reserveAddress(String address, SystemSettings settings, Instant now) {
        return addresses.reserve(address, settings.getLockout().getAddressFailureLimit(), now);
    }

    /** The answer was right: the attempt counts for neither the address nor the account. */
    public void succeeded(Attempt attempt) {
        addresses.giveBack(attempt.byAddress());
        if (attempt.byAccount() != null) {
            lockout.giveBack(attempt.byAccount());
        }
        if (attempt.byName() != null) {
            names.giveBack(attempt.byName());
        }
    }

    /** The sign-in is complete: the address gets the attempt back, and the account's count starts again. */
    public void signedIn(Attempt attempt) {
        addresses.giveBack(attempt.byAddress());
        lockout.clear(attempt.byAccount().userId());
    }

    /** The answer was wrong: it stays counted; a lock it caused is audited, and a lock for good told. */
    public void failed(Attempt attempt, String username, String clientIp) {
        if (attempt.byAddress() != null && attempt.byAddress().blockEnd() != null) {
            meters.lockoutBegun("address");
        }
        Lockout.Reservation account = attempt.byAccount();
        if (account == null) {
            return;
        }
        if (account.failures() == User.PERMANENT_LOCK_FAILURES || account.lockEnd() != null) {
            meters.lockoutBegun("account");
        }
        if (account.failures() == User.PERMANENT_LOCK_FAILURES) {
            audit.record(AuditEventType.ACCOUNT_LOCKED, username, clientIp,
                    account.failures() + " failed sign-ins in a row: locked until an administrator unlocks it");
            notices.lockedForGood(account.userId());
        } else if (account.lockEnd() != null) {
            audit.record(AuditEventType.ACCOUNT_LOCKED, username, clientIp, account.failures() + " failed sign-ins in a row");
        }
    }

    /** An attempt counted against an address and either a known user's account or a name no account has. */
    public record Attempt(Lockout.Reservation byAccount, NameThrottles.Reservation byName,
                          AddressThrottles.Reservation byAddress) {

        /** Whether this attempt, if wrong, locked the account (for the lockout period or for good). */
        public boolean lockedTheAccount() {
            return byAccount != null && (byAccount.lockEnd() != null || byAccount.lockedForGood());
        }
    }
}
