package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.otp.OtpCodes;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.throttle.AddressThrottles;
import org.twofold.service.throttle.NameThrottles;

/**
 * What every step that checks a secret does around the check (NIST SP 800-63B §3.2.2): count
 * the attempt before checking, so parallel guesses cannot run past a limit; refuse cheaply,
 * with the same answer whatever was typed, when the account or the address is locked; give
 * the attempt back when the answer was right or nothing was checked.
 */
@Stateless
public class AttemptGuard {

    @Inject
    private SignInAttempts attempts;

    @Inject
    private AddressThrottles addresses;

    @Inject
    private NameThrottles names;

    @Inject
    private AuditLog audit;

    /** How a guarded check ended, which decides what becomes of the counted attempt. */
    public enum Settlement {
        /** Nothing was checked (a fault, a used-up code): the attempt is given back. */
        NOTHING_CHECKED,
        /** Wrong: the attempt stays counted, and a lock it caused is audited. */
        WRONG,
        /** Right, and the sign-in goes on: the attempt is given back. */
        RIGHT,
        /** Right, and the sign-in is complete: the account's count starts again. */
        SIGNED_IN
    }

    /**
     * A check's outcome: its settlement, and the step it leads to, made once the attempt is
     * settled (so a sign-in that follows a right password sees the account's count as it is).
     */
    public record Checked(Settlement settlement, Supplier<SignInStep> then) {

        public static Checked nothingChecked(SignInStep step) {
            return new Checked(Settlement.NOTHING_CHECKED, () -> step);
        }

        public static Checked wrong(SignInStep step) {
            return new Checked(Settlement.WRONG, () -> step);
        }

        /**
         * A wrong code: the lock it caused, else the same step again, saying whether what was
         * typed was a code at all.
         */
        public static Checked wrongCode(SignInAttempts.Attempt attempt, String typed, SignInStep.Due due) {
            return wrong(attempt.lockedTheAccount() ? new SignInStep.Refused(SignInStep.Reason.LOCKED)
                    : new SignInStep.TryAgain(OtpCodes.looksLikeACode(typed) ? SignInStep.Reason.WRONG_CODE
                            : SignInStep.Reason.MALFORMED_CODE, due));
        }

        public static Checked right(Supplier<SignInStep> then) {
            return new Checked(Settlement.RIGHT, then);
        }

        public static Checked signedIn(Supplier<SignInStep> then) {
            return new Checked(Settlement.SIGNED_IN, then);
        }
    }

    /**
     * Runs {@code check} as one counted attempt against the address and the account of
     * {@code username} (or, when no account has the name, the name itself).
     *
     * @param userId null when no account has the name
     * @param where  for the audit log of a refused attempt: "password step", "code step", ...
     */
    public SignInStep guarded(Long userId, String username, String clientIp, SystemSettings settings, Instant now,
                              String where, Function<SignInAttempts.Attempt, Checked> check) {
        // The counters' rows are made first, each committed on its own, so that the attempt's
        // transaction below finds them: a sign-in then never holds three database connections.
        addresses.ensureExists(clientIp, now);
        if (userId == null) {
            names.ensureExists(username, now);
        }
        Optional<SignInAttempts.Attempt> begun = attempts.beginForName(userId, username, clientIp, settings, now);
        if (begun.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, where);
            return new SignInStep.Refused(SignInStep.Reason.LOCKED);
        }
        SignInAttempts.Attempt attempt = begun.get();
        Checked checked = check.apply(attempt);
        switch (checked.settlement()) {
            case NOTHING_CHECKED, RIGHT -> attempts.succeeded(attempt);
            case WRONG -> attempts.failed(attempt, username, clientIp);
            case SIGNED_IN -> attempts.signedIn(attempt);
            default -> throw new IllegalStateException(checked.settlement().name());
        }
        return checked.then().get();
    }
}
