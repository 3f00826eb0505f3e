package org.twofold.service.challenge;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.twofold.domain.challenge.CodeChallenge;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.challenge.OneTimeCodes;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.otp.OtpCodes;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.sms.SmsSettings;
import org.twofold.domain.user.User;
import org.twofold.service.BatchDelete;
import org.twofold.service.delivery.MessageTexts;
import org.twofold.service.delivery.Outbox;
import org.twofold.service.sms.SmsSettingsService;
import org.twofold.service.throttle.AddressThrottles;

/**
 * Codes sent by email or SMS: issued with the message that carries them (one transaction),
 * rate-limited per user and per client address, single use, short-lived, a few tries each;
 * a new code replaces the previous one.
 */
@Stateless
public class CodeChallengeService {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private SmsSettingsService smsSettings;

    @Inject
    private AddressThrottles addresses;

    /** A sign-in code for this pending sign-in, to {@code destination}; the previous one stops working. */
    public IssueResult issue(PendingSignIn pending, DeliveryChannel channel, String destination, String issuer,
                             String clientIp, Instant now, SystemSettings settings) {
        return issue(pending.getTokenDigest(), pending.getUser(), channel, destination, false, issuer, clientIp, now, settings);
    }

    /** A code that confirms a new email or SMS factor, filed under the factor's challenge key. */
    public IssueResult issueConfirmation(ContactFactor factor, String issuer, String clientIp, Instant now,
                                         SystemSettings settings) {
        return issue(factor.getChallengeKey(), factor.getUser(), factor.getChannel(), factor.getDestination(), true,
                issuer, clientIp, now, settings);
    }

    private IssueResult issue(String key, User user, DeliveryChannel channel, String destination, boolean confirming,
                              String issuer, String clientIp, Instant now, SystemSettings settings) {
        // Counting, then sending, under the address's and the user's row locks (always in that
        // order): parallel requests take turns, so none slips past a limit.
        if (clientIp != null) {
            addresses.lock(clientIp, now);
        }
        em.find(User.class, user.getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant windowStart = now.minus(Duration.ofMinutes(SystemSettings.CODE_SEND_WINDOW_MINUTES));
        long byUser = em.createNamedQuery(CodeChallenge.COUNT_OF_USER_SINCE, Long.class)
                .setParameter("userId", user.getId()).setParameter("since", windowStart).getSingleResult();
        long byIp = clientIp == null ? 0 : em.createNamedQuery(CodeChallenge.COUNT_OF_IP_SINCE, Long.class)
                .setParameter("ip", clientIp).setParameter("since", windowStart).getSingleResult();
        if (byUser >= settings.getSentCodes().getCodeSendLimitPerUser() || byIp >= settings.getSentCodes().getCodeSendLimitPerIp()) {
            return IssueResult.RATE_LIMITED;
        }
        latest(key).ifPresent(CodeChallenge::spend); // a resend kills the previous code

        String code = OneTimeCodes.newCode(settings.getSentCodes().getCodeDigits());
        int minutes = settings.getSentCodes().getCodeLifetimeMinutes();
        CodeChallenge challenge = new CodeChallenge(key, user.getId(), channel, destination,
                OneTimeCodes.hash(key, code), now, now.plus(Duration.ofMinutes(minutes)), clientIp);
        em.persist(challenge);

        String prefix = confirming ? "confirm." : "";
        OutboundMessage message = channel == DeliveryChannel.EMAIL
                ? outbox.enqueue(channel, destination, MessagePurpose.SIGN_IN_CODE,
                        MessageTexts.text(user, prefix + "email.subject"),
                        MessageTexts.text(user, prefix + "email.body", issuer, code, minutes))
                : outbox.enqueue(channel, destination, MessagePurpose.SIGN_IN_CODE, null, confirming
                        ? MessageTexts.text(user, "confirm.sms.body", issuer, code, minutes) : smsText(user, issuer, code, minutes));
        challenge.setOutboundMessageId(message.getId());
        return IssueResult.QUEUED;
    }

    /** The SMS settings' template when a gateway is set up, else the built-in text. */
    private String smsText(User user, String issuer, String code, int minutes) {
        SmsSettings sms = smsSettings.current();
        return sms.isConfigured() ? sms.render(code, minutes) : MessageTexts.text(user, "sms.body", issuer, code, minutes);
    }

    /** Checks a typed code; a wrong one uses up one of the code's tries, also under parallel requests. */
    public CodeVerdict verify(PendingSignIn pending, String typed, Instant now, SystemSettings settings) {
        return verify(pending.getTokenDigest(), typed, now, settings);
    }

    /** The same for the code filed under {@code key} (a pending sign-in's digest or a new factor's key). */
    public CodeVerdict verify(String key, String typed, Instant now, SystemSettings settings) {
        Optional<CodeChallenge> latest = latest(key);
        if (latest.isEmpty() || em.createNamedQuery(CodeChallenge.RESERVE_TRY)
                .setParameter("id", latest.get().getId())
                .setParameter("maxWrongTries", settings.getSentCodes().getCodeMaxWrongTries())
                .setParameter("now", now)
                .executeUpdate() == 0) {
            return CodeVerdict.NO_OPEN_CODE; // spent, replaced, expired or out of tries
        }
        String code = OtpCodes.normalize(typed);
        if (!OtpCodes.isWellFormed(code, settings.getSentCodes().getCodeDigits())
                || !OneTimeCodes.matches(key, code, latest.get().getCodeHash())) {
            // The UPDATE above holds the row, so this count is the one that try made.
            int tries = em.createQuery("SELECT c.wrongTries FROM CodeChallenge c WHERE c.id = :id", Integer.class)
                    .setParameter("id", latest.get().getId()).getSingleResult();
            return tries >= settings.getSentCodes().getCodeMaxWrongTries() ? CodeVerdict.WRONG_LAST_TRY : CodeVerdict.WRONG;
        }
        boolean spentNow = em.createNamedQuery(CodeChallenge.SPEND_RIGHT_TRY)
                .setParameter("id", latest.get().getId()).executeUpdate() == 1;
        return spentNow ? CodeVerdict.ACCEPTED : CodeVerdict.NO_OPEN_CODE;
    }

    /** Where the latest code went and whether its message was accepted for delivery. */
    public Optional<DeliveryView> deliveryView(PendingSignIn pending, SystemSettings settings) {
        return deliveryView(pending.getTokenDigest(), pending.getUser(), settings);
    }

    /** The same for the code filed under {@code key}. */
    public Optional<DeliveryView> deliveryView(String key, User user, SystemSettings settings) {
        return latest(key).map(challenge -> {
            DeliveryChannel channel = challenge.getChannel();
            String destination = channel == DeliveryChannel.EMAIL
                    ? Destinations.maskEmail(Optional.ofNullable(challenge.getDestination()).or(user::primaryEmail).orElse(null))
                    : Destinations.maskPhone(Optional.ofNullable(challenge.getDestination()).or(user::primaryPhone).orElse(null));
            return new DeliveryView(channel.name(), destination, stateOf(challenge.getOutboundMessageId()),
                    settings.getSentCodes().getCodeLifetimeMinutes());
        });
    }

    /** Where the latest code of this pending sign-in went; empty for codes from before release 9. */
    public Optional<String> destinationOf(PendingSignIn pending) {
        return latest(pending.getTokenDigest()).map(CodeChallenge::getDestination);
    }

    /** The same for another email to the user, such as an enrolment link. */
    public DeliveryView emailDeliveryView(Long messageId, User user, int lifetimeMinutes) {
        return new DeliveryView(DeliveryChannel.EMAIL.name(), Destinations.maskEmail(user.primaryEmail().orElse(null)),
                stateOf(messageId), lifetimeMinutes);
    }

    private DeliveryView.State stateOf(Long messageId) {
        DeliveryStatus status = Optional.ofNullable(messageId)
                .map(id -> em.find(OutboundMessage.class, id))
                .map(OutboundMessage::getStatus)
                .orElse(DeliveryStatus.QUEUED);
        return switch (status) {
            case SENT -> DeliveryView.State.SENT;
            case FAILED -> DeliveryView.State.FAILED;
            default -> DeliveryView.State.SENDING;
        };
    }

    private Optional<CodeChallenge> latest(String key) {
        return em.createNamedQuery(CodeChallenge.LATEST_OF_SIGN_IN, CodeChallenge.class)
                .setParameter("digest", key)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Deletes up to {@code max} codes that expired before {@code cutoff}; returns how many. */
    public int deleteExpired(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "CodeChallenge", "id", "e.expiresAt < :cutoff", Map.of("cutoff", cutoff));
    }
}
