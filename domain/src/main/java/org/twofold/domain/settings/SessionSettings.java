package org.twofold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How long a sign-in may wait for its second step, and how long a signed-in session lasts. Part of the
 * {@link SystemSettings} row (its columns are the row's own).
 */
@Embeddable
public class SessionSettings {

    /** How long a password-verified sign-in may wait for its second step. */
    @Column(nullable = false)
    private int pendingSignInMinutes = 10;

    /** A signed-in session ends after this long without a request. */
    @Column(nullable = false)
    private int sessionIdleMinutes = 30;

    /** A signed-in session ends this long after its sign-in, however busy. */
    @Column(nullable = false)
    private int sessionAbsoluteHours = 12;

    public int getPendingSignInMinutes() {
        return pendingSignInMinutes;
    }

    public void setPendingSignInMinutes(int pendingSignInMinutes) {
        this.pendingSignInMinutes = pendingSignInMinutes;
    }

    public int getSessionIdleMinutes() {
        return sessionIdleMinutes;
    }

    public void setSessionIdleMinutes(int sessionIdleMinutes) {
        this.sessionIdleMinutes = sessionIdleMinutes;
    }

    public int getSessionAbsoluteHours() {
        return sessionAbsoluteHours;
    }

    public void setSessionAbsoluteHours(int sessionAbsoluteHours) {
        this.sessionAbsoluteHours = sessionAbsoluteHours;
    }
}
