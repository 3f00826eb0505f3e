package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.factor.EnrolmentLink;
import org.twofold.domain.factor.TotpFactor;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.User;
import org.twofold.service.BatchDelete;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.delivery.MessageTexts;
import org.twofold.service.delivery.Outbox;

/**
 * Frappe's first-login flow: the QR code of a new authenticator app is reached through a
 * link sent by email, so only someone who reads the user's mail can enrol. Links expire
 * after the QR-link lifetime setting and open once.
 */
@Stateless
public class EnrolmentLinkService {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private DeploymentConfig config;

    @Inject
    private TotpFactorService totpFactors;

    /**
     * Emails the user a link to this factor's QR code.
     *
     * @return the id of the outbound email
     */
    public Long send(User user, TotpFactor factor, Instant now, SystemSettings settings) {
        int minutes = settings.getEnrolment().getQrLinkLifetimeMinutes();
        String token = create(factor.getId(), now, minutes);
        EnrolmentLink link = em.find(EnrolmentLink.class, Tokens.digest(token));
        String url = config.publicUrl() + "enrolment-link?t=" + token;
        Long messageId = outbox.enqueue(DeliveryChannel.EMAIL, user.primaryEmail().orElseThrow(), MessagePurpose.ENROLMENT_LINK,
                MessageTexts.text(user, "link.subject"), MessageTexts.text(user, "link.body", settings.getOtpIssuer(), url, minutes))
                .getId();
        link.setOutboundMessageId(messageId);
        return messageId;
    }

    /** A new link to this factor's QR code; returns the token, which only the email will carry. */
    public String create(Long factorId, Instant now, int lifetimeMinutes) {
        String token = Tokens.newToken();
        em.persist(new EnrolmentLink(Tokens.digest(token), factorId, now, now.plus(Duration.ofMinutes(lifetimeMinutes))));
        return token;
    }

    /**
     * What a link would do, without using it up: a mail scanner that fetches every link in a
     * message must not burn it.
     */
    public LinkOpening.Result inspect(String token, Instant now) {
        return find(token).map(link -> link.isOpened() ? LinkOpening.Result.USED
                        : link.isExpiredAt(now) ? LinkOpening.Result.EXPIRED
                        : LinkOpening.Result.READY)
                .orElse(LinkOpening.Result.UNKNOWN);
    }

    /** Opens a link once: of two requests with the same token only one gets the QR code. */
    public LinkOpening open(String token, Instant now) {
        LinkOpening.Result state = inspect(token, now);
        if (state != LinkOpening.Result.READY) {
            return LinkOpening.of(state);
        }
        EnrolmentLink link = find(token).orElseThrow();
        int claimed = em.createQuery("UPDATE EnrolmentLink l SET l.opened = TRUE "
                        + "WHERE l.tokenDigest = :digest AND l.opened = FALSE")
                .setParameter("digest", link.getTokenDigest())
                .executeUpdate();
        return claimed == 1
                ? new LinkOpening(LinkOpening.Result.OPENED, link.getFactorId())
                : LinkOpening.of(LinkOpening.Result.USED);
    }

    private Optional<EnrolmentLink> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(EnrolmentLink.class, Tokens.digest(token)));
    }

    /** The QR code and secret of a factor reached by an opened link, while it awaits confirmation. */
    public Optional<EnrolmentDetails> details(Long factorId, String issuer) {
        return totpFactors.find(factorId)
                .filter(f -> !f.isConfirmed())
                .map(f -> totpFactors.enrolmentDetails(f, issuer));
    }

    /** Deletes up to {@code max} enrolment links that expired before {@code cutoff}; returns how many. */
    public int deleteExpired(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "EnrolmentLink", "tokenDigest", "e.expiresAt < :cutoff", Map.of("cutoff", cutoff));
    }
}
