package org.twofold.it.services;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.twofold.domain.apikey.ApiKey;
import org.twofold.domain.audit.AuditEvent;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.challenge.CodeChallenge;
import org.twofold.domain.crypto.PasswordHasher;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.domain.factor.EnrolmentLink;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.User;
import org.twofold.service.config.SeedVault;
import org.twofold.service.settings.SettingsOfThisRequest;

/**
 * Writes records of one user with chosen times, for the retention tests, and counts what is
 * left of them. Every record is tied to the user's name, so the counts see nobody else's.
 */
@Stateless
public class TestRecords {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private SettingsOfThisRequest settingsOfThisRequest;

    @Inject
    private SeedVault vault;

    public long createUser(String username) {
        User user = new User(username, "Test " + username, PasswordHasher.standard().hash("Retention-Passw0rd-1"), Instant.now());
        em.persist(user);
        em.flush();
        return user.getId();
    }

    /** A pending sign-in and a code challenge of it, both expiring at {@code expiresAt}, and an enrolment link too. */
    public void expiringAt(long userId, Instant expiresAt) {
        String digest = UUID.randomUUID().toString().replace("-", "");
        User user = em.find(User.class, userId);
        em.persist(new PendingSignIn(digest, user, expiresAt.minusSeconds(600), expiresAt, null));
        em.persist(new CodeChallenge(digest, userId, DeliveryChannel.EMAIL, null, "not-a-hash", expiresAt.minusSeconds(600),
                expiresAt, "192.0.2.77"));
        em.persist(new EnrolmentLink(UUID.randomUUID().toString().replace("-", ""), -userId, expiresAt.minusSeconds(600),
                expiresAt));
        ApiKey key = new ApiKey(user, digest.substring(0, 20), digest, "twofold login", expiresAt.minusSeconds(8 * 3600));
        key.expireAt(expiresAt);
        em.persist(key);
    }

    /** API keys of the user, those that expire and those that never do. */
    public long apiKeys(long userId) {
        return em.createQuery("SELECT COUNT(k) FROM ApiKey k WHERE k.user.id = :id", Long.class).setParameter("id", userId)
                .getSingleResult();
    }

    public void appSetUpAt(long userId, Instant createdAt, boolean confirmed) {
        TotpFactor factor = new TotpFactor(em.find(User.class, userId), new TotpParameters(OtpAlgorithm.SHA1, 6, 30), createdAt);
        if (confirmed) {
            factor.confirm(createdAt);
        }
        em.persist(factor);
        em.flush();
        // Sealed like a real one: the start-up check refuses seeds that no key opens.
        factor.setSealedSeed(vault.seal(factor.getId(), new byte[20]));
    }

    public void sentAt(String recipient, Instant sentAt) {
        OutboundMessage message = new OutboundMessage(DeliveryChannel.EMAIL, recipient, MessagePurpose.TEST, "Old", null, sentAt);
        message.markSent(sentAt);
        em.persist(message);
    }

    public void failedAt(String recipient, Instant at) {
        OutboundMessage message = new OutboundMessage(DeliveryChannel.EMAIL, recipient, MessagePurpose.TEST, "Old", "Body", at);
        message.markSending(at);
        message.markAttemptFailed("gave up", at, 1, Duration.ofSeconds(1));
        em.persist(message);
    }

    public void auditEventsAt(String username, Instant occurredAt, int count) {
        for (int i = 0; i < count; i++) {
            em.persist(new AuditEvent(occurredAt, AuditEventType.PASSWORD_FAILED, username, null, null));
        }
    }

    /** Sets the audit retention directly: saving through the console would check every other setting too. */
    public void setAuditRetentionDays(int days) {
        settingsRow().getRetention().setAuditRetentionDays(days);
    }

    /** Every retention period back to its default (other tests change them in the console). */
    public void useDefaultRetention() {
        SystemSettings defaults = new SystemSettings();
        SystemSettings settings = settingsRow();
        settings.getRetention().setExpiredRecordHours(defaults.getRetention().getExpiredRecordHours());
        settings.getRetention().setUnconfirmedAppHours(defaults.getRetention().getUnconfirmedAppHours());
        settings.getRetention().setSentMessageDays(defaults.getRetention().getSentMessageDays());
        settings.getRetention().setAuditRetentionDays(defaults.getRetention().getAuditRetentionDays());
    }

    public long pendingSignIns(long userId) {
        return count("SELECT COUNT(e) FROM PendingSignIn e WHERE e.user.id = :id", userId);
    }

    public long codeChallenges(long userId) {
        return count("SELECT COUNT(e) FROM CodeChallenge e WHERE e.userId = :id", userId);
    }

    public long enrolmentLinks(long userId) {
        return count("SELECT COUNT(e) FROM EnrolmentLink e WHERE e.factorId = :id", -userId);
    }

    public long apps(long userId, boolean confirmed) {
        return em.createQuery("SELECT COUNT(e) FROM TotpFactor e WHERE e.user.id = :id AND e.confirmed = :confirmed", Long.class)
                .setParameter("id", userId).setParameter("confirmed", confirmed).getSingleResult();
    }

    public long messagesTo(String recipient) {
        return em.createQuery("SELECT COUNT(e) FROM OutboundMessage e WHERE e.recipient = :r", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }

    public long auditEventsOf(String username) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    public long auditEventsOfType(AuditEventType type) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.type = :t", Long.class)
                .setParameter("t", type).getSingleResult();
    }

    private long count(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }

    /** The settings row, to change directly: the rest of this request reads it again. */
    private SystemSettings settingsRow() {
        settingsOfThisRequest.forget();
        return em.find(SystemSettings.class, SystemSettings.SINGLETON_ID);
    }
}
