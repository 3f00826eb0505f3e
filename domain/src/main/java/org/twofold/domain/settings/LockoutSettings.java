package org.twofold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Consecutive failed sign-ins that lock an account, for how long, and how many failures one
 * client address may have, whatever the usernames. Part of the
 * {@link SystemSettings} row (its columns are the row's own).
 */
@Embeddable
public class LockoutSettings {

    /** Consecutive wrong codes that lock an account. */
    @Column(nullable = false)
    private int lockoutThreshold = 10;

    @Column(nullable = false)
    private int lockoutDurationMinutes = 10;

    /** Failed sign-ins one client address may make per 15 minutes, whatever the usernames; then it waits 15 minutes. */
    @Column(nullable = false)
    private int addressFailureLimit = 100;

    public int getLockoutThreshold() {
        return lockoutThreshold;
    }

    public void setLockoutThreshold(int lockoutThreshold) {
        this.lockoutThreshold = lockoutThreshold;
    }

    public int getLockoutDurationMinutes() {
        return lockoutDurationMinutes;
    }

    public void setLockoutDurationMinutes(int lockoutDurationMinutes) {
        this.lockoutDurationMinutes = lockoutDurationMinutes;
    }

    public int getAddressFailureLimit() {
        return addressFailureLimit;
    }

    public void setAddressFailureLimit(int addressFailureLimit) {
        this.addressFailureLimit = addressFailureLimit;
    }
}
