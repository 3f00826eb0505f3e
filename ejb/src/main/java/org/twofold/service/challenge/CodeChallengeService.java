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

    public IssueResult issue(PendingSignIn pending, DeliveryChannel channel, String issuer, String clientIp,
                             Instant now, SystemSettings settings) {
        // Counting, then sending, under the address's and the user's row locks (always in that
        // order): parallel requests take turns, so none slips past a limit.
        if (clientIp != null) {
            addresses.lock(clientIp, now);
        }
        em.find(User.class, pending.getUser().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant windowStart = now.minus(Duration.ofMinutes(SystemSettings.CODE_SEND_WINDOW_MINUTES));
        long byUser = em.createNamedQuery(CodeChallenge.COUNT_OF_USER_SINCE, Long.class)
                .setParameter("userId", pending.getUser().getId()).setParameter("since", windowStart).getSingleResult();
        long byIp = clientIp == null ? 0 : em.createNamedQuery(CodeChallenge.COUNT_OF_IP_SINCE, Long.class)
                .setParameter("ip", clientIp).setParameter("since", windowStart).getSingleResult();
        if (byUser >= settings.getCodeSendLimitPerUser() || byIp >= settings.getCodeSendLimitPerIp()) {
            return IssueResult.RATE_LIMITED;
        }
        latest(pending).ifPresent(CodeChallenge::spend); // a resend kills the previous code

        String code = OneTimeCodes.newCode(settings.getCodeDigits());
        int minutes = settings.getCodeLifetimeMinutes();
        CodeChallenge challenge = new CodeChallenge(pending.getTokenDigest(), pending.getUser().getId(), channel,
                OneTimeCodes.hash(pending.getTokenDigest(), code), now, now.plus(Duration.ofMinutes(minutes)), clientIp);
        em.persist(challenge);

        OutboundMessage message = channel == DeliveryChannel.EMAIL
                ? outbox.enqueue(channel, pending.getUser().primaryEmail().orElseThrow(), MessagePurpose.SIGN_IN_CODE,
                        MessageTexts.text("email.subject"), MessageTexts.text("email.body", issuer, code, minutes))
                : outbox.enqueue(channel, pending.getUser().primaryPhone().orElseThrow(), MessagePurpose.SIGN_IN_CODE,
                        null, smsText(issuer, code, minutes));
        challenge.setOutboundMessageId(message.getId());
        return IssueResult.QUEUED;
    }

    /** The SMS settings' template when a gateway is set up, else the built-in text. */
    private String smsText(String issuer, String code, int minutes) {
        SmsSettings sms = smsSettings.current();
        return sms.isConfigured() ? sms.render(code, minutes) : MessageTexts.text("sms.body", issuer, code, minutes);
    }

    /** Checks a typed code; a wrong one uses up one of the code's tries, also under parallel requests. */
    public CodeVerdict verify(PendingSignIn pending, String typed, Instant now, SystemSettings settings) {
        Optional<CodeChallenge> latest = latest(pending);
        if (latest.isEmpty() || em.createNamedQuery(CodeChallenge.RESERVE_TRY)
                .setParameter("id", latest.get().getId())
                .setParameter("maxWrongTries", settings.getCodeMaxWrongTries())
                .setParameter("now", now)
                .executeUpdate() == 0) {
            return CodeVerdict.NO_OPEN_CODE; // spent, replaced, expired or out of tries
        }
        String code = OtpCodes.normalize(typed);
        if (!OtpCodes.isWellFormed(code, settings.getCodeDigits())
                || !OneTimeCodes.matches(pending.getTokenDigest(), code, latest.get().getCodeHash())) {
            return CodeVerdict.WRONG;
        }
        boolean spentNow = em.createNamedQuery(CodeChallenge.SPEND_RIGHT_TRY)
                .setParameter("id", latest.get().getId()).executeUpdate() == 1;
        return spentNow ? CodeVerdict.ACCEPTED : CodeVerdict.NO_OPEN_CODE;
    }

    /** Where the latest code went and whether its message was accepted for delivery. */
    public Optional<DeliveryView> deliveryView(PendingSignIn pending, SystemSettings settings) {
        return latest(pending).map(challenge -> {
            DeliveryChannel channel = challenge.getChannel();
            String destination = channel == DeliveryChannel.EMAIL
                    ? Destinations.maskEmail(pending.getUser().primaryEmail().orElse(null))
                    : Destinations.maskPhone(pending.getUser().primaryPhone().orElse(null));
            return new DeliveryView(channel.name(), destination, stateOf(challenge.getOutboundMessageId()),
                    settings.getCodeLifetimeMinutes());
        });
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

    private Optional<CodeChallenge> latest(PendingSignIn pending) {
        return em.createNamedQuery(CodeChallenge.LATEST_OF_SIGN_IN, CodeChallenge.class)
                .setParameter("digest", pending.getTokenDigest())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Deletes up to {@code max} codes that expired before {@code cutoff}; returns how many. */
    public int deleteExpired(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "CodeChallenge", "id", "e.expiresAt < :cutoff", Map.of("cutoff", cutoff));
    }
}
