package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.challenge.CodeChallengeService;
import org.twofold.service.challenge.CodeVerdict;
import org.twofold.service.challenge.DeliveryView;
import org.twofold.service.challenge.IssueResult;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.UserFactors;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.SignInAttempts;

/**
 * A user's own email and SMS factors on the Security page: one of their addresses or numbers
 * confirmed by a code sent there (it replaces that channel's factor), or one removed.
 */
@Stateless
public class OwnContacts {

    private static final String WHERE = "new factor on the Security page";

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private SettingsService settings;

    @Inject
    private ContactFactorService contacts;

    @Inject
    private CodeChallengeService challenges;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private FactorRemoval removal;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    /** Sends a code to one of the user's own addresses or numbers; typed back on {@link #confirm}, it becomes a factor. */
    public AccountChange start(String username, TwoFactorMethod method, String destination, Instant confirmedAt,
                               String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        SystemSettings current = settings.current();
        DeliveryChannel channel = UserFactors.channelOf(method);
        if (method == TwoFactorMethod.TOTP || !current.getAllowedMethods().contains(method)
                || !ContactFactorService.isOwn(user.get(), channel, destination)) {
            return AccountChange.NOT_ALLOWED;
        }
        ContactFactor factor = contacts.start(user.get(), channel, destination, now);
        IssueResult sent = challenges.issueConfirmation(factor, current.getOtpIssuer(), clientIp, now, current);
        audit.record(AuditEventType.CODE_SENT_TO_CONFIRM, username, clientIp, Destinations.mask(channel, destination)
                + (sent == IssueResult.QUEUED ? "" : ", refused: rate limit"));
        return sent == IssueResult.QUEUED ? AccountChange.DONE : AccountChange.NOT_SENT;
    }

    /** Where the code for the address or number being added went, and whether it did. */
    public Optional<DeliveryView> beingAdded(String username, TwoFactorMethod method) {
        return contacts.unconfirmed(username, UserFactors.channelOf(method))
                .flatMap(factor -> challenges.deliveryView(factor.getChallengeKey(), factor.getUser(), settings.current()));
    }

    /**
     * Confirms the address or number being added with the code sent there. Counted like a
     * sign-in code before it is checked, so this is no way to guess codes past the lockout.
     */
    public AccountChange confirm(String username, TwoFactorMethod method, String code, Instant confirmedAt,
                                 String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChange(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        Optional<ContactFactor> factor = contacts.unconfirmed(user.get(), UserFactors.channelOf(method));
        if (factor.isEmpty()) {
            return AccountChange.NOT_FOUND;
        }
        SystemSettings current = settings.current();
        Optional<SignInAttempts.Attempt> attempt = attempts.begin(user.get().getId(), clientIp, current, now);
        if (attempt.isEmpty()) {
            audit.record(AuditEventType.SIGN_IN_BLOCKED_LOCKED, username, clientIp, WHERE);
            return AccountChange.LOCKED;
        }
        CodeVerdict verdict = challenges.verify(factor.get().getChallengeKey(), code, now, current);
        if (verdict == CodeVerdict.NO_OPEN_CODE) {
            attempts.succeeded(attempt.get()); // nothing was guessed
            return AccountChange.NOT_FOUND;
        }
        if (verdict != CodeVerdict.ACCEPTED) {
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, username, clientIp, WHERE);
            attempts.failed(attempt.get(), username, clientIp);
            return attempt.get().lockedTheAccount() ? AccountChange.LOCKED : AccountChange.WRONG_CODE;
        }
        attempts.succeeded(attempt.get());
        contacts.confirm(factor.get(), now);
        String masked = Destinations.mask(factor.get().getChannel(), factor.get().getDestination());
        boolean told = notices.contactAdded(user.get(), masked);
        audit.record(AuditEventType.FACTOR_ENROLLED, username, clientIp,
                masked + ", on the Security page" + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }

    /** Removes the user's email or SMS factor; codes already sent there fail at once. The last factor stays. */
    public AccountChange remove(String username, TwoFactorMethod method, Instant confirmedAt, String clientIp, Instant now) {
        Optional<User> user = confirmation.allowedToChangeLocked(username, confirmedAt, now);
        if (user.isEmpty()) {
            return AccountChange.PASSWORD_NEEDED;
        }
        Optional<ContactFactor> factor = method == TwoFactorMethod.TOTP ? Optional.empty()
                : contacts.confirmed(user.get(), UserFactors.channelOf(method));
        if (factor.isEmpty()) {
            return AccountChange.NOT_FOUND;
        }
        if (removal.isLastKept(user.get())) {
            return AccountChange.LAST_FACTOR;
        }
        contacts.remove(user.get(), factor.get().getChannel());
        int forgotten = removal.afterRemoval(user.get(), method, true);
        String masked = Destinations.mask(factor.get().getChannel(), factor.get().getDestination());
        boolean told = notices.contactRemoved(user.get(), masked);
        audit.record(AuditEventType.FACTOR_REMOVED, username, clientIp, masked + ", by the user"
                + (forgotten > 0 ? ", " + forgotten + " remembered browser(s) forgotten" : "")
                + (told ? ", user notified by email" : ""));
        return AccountChange.DONE;
    }
}
