package org.twofold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Setting up a first authenticator app: on screen or by an emailed link, how long the link
 * holds, and how many days a user may put it off. Part of the
 * {@link SystemSettings} row (its columns are the row's own).
 */
@Embeddable
public class EnrolmentSettings {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentMode enrolmentMode = EnrolmentMode.AUTO;

    @Column(nullable = false)
    private int qrLinkLifetimeMinutes = 10;

    /** Days a user newly required to use a second factor may put off enrolling (0: none). */
    @Column(nullable = false)
    private int enrolmentGraceDays;

    public EnrolmentMode getEnrolmentMode() {
        return enrolmentMode;
    }

    public void setEnrolmentMode(EnrolmentMode enrolmentMode) {
        this.enrolmentMode = enrolmentMode;
    }

    public int getQrLinkLifetimeMinutes() {
        return qrLinkLifetimeMinutes;
    }

    public void setQrLinkLifetimeMinutes(int qrLinkLifetimeMinutes) {
        this.qrLinkLifetimeMinutes = qrLinkLifetimeMinutes;
    }

    public int getEnrolmentGraceDays() {
        return enrolmentGraceDays;
    }

    public void setEnrolmentGraceDays(int enrolmentGraceDays) {
        this.enrolmentGraceDays = enrolmentGraceDays;
    }
}
