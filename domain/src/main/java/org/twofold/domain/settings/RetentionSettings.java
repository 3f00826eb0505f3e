package org.twofold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long the hourly clean-up keeps what has outlived its use. Part of the
 * {@link SystemSettings} row (its columns are the row's own).
 */
@Embeddable
public class RetentionSettings {

    /** Hours an expired sign-in, emailed or texted code, or enrolment link is kept before the clean-up deletes it. */
    @Column(nullable = false)
    private int expiredRecordHours = 24;

    /** Hours an authenticator app that was set up but never confirmed is kept. */
    @Column(nullable = false)
    private int unconfirmedAppHours = 24;

    /** Days a sent email or SMS stays on the delivery queue. */
    @Column(nullable = false)
    private int sentMessageDays = 30;

    /** Days audit events are kept; 0 keeps them for ever. */
    @Column(nullable = false)
    private int auditRetentionDays = 365;

    public int getExpiredRecordHours() {
        return expiredRecordHours;
    }

    public void setExpiredRecordHours(int expiredRecordHours) {
        this.expiredRecordHours = expiredRecordHours;
    }

    public int getUnconfirmedAppHours() {
        return unconfirmedAppHours;
    }

    public void setUnconfirmedAppHours(int unconfirmedAppHours) {
        this.unconfirmedAppHours = unconfirmedAppHours;
    }

    public int getSentMessageDays() {
        return sentMessageDays;
    }

    public void setSentMessageDays(int sentMessageDays) {
        this.sentMessageDays = sentMessageDays;
    }

    public int getAuditRetentionDays() {
        return auditRetentionDays;
    }

    public void setAuditRetentionDays(int auditRetentionDays) {
        this.auditRetentionDays = auditRetentionDays;
    }

    /** What the clean-up may delete now: everything older than these points in time. */
    public RetentionCutoffs cutoffs(Instant now) {
        return new RetentionCutoffs(
                now.minus(Duration.ofHours(expiredRecordHours)),
                now.minus(Duration.ofHours(unconfirmedAppHours)),
                now.minus(Duration.ofDays(sentMessageDays)),
                auditRetentionDays == 0 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(auditRetentionDays))));
    }
}
