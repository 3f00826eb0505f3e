package org.twofold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Codes sent by email or SMS: how long they hold, their length, their wrong tries, and how
 * many may be sent within {@link SystemSettings#CODE_SEND_WINDOW_MINUTES}. Part of the
 * {@link SystemSettings} row (its columns are the row's own).
 */
@Embeddable
public class SentCodeSettings {

    /** Minutes an emailed or texted code stays valid; never more than ten. */
    @Column(nullable = false)
    private int codeLifetimeMinutes = 10;

    @Column(nullable = false)
    private int codeDigits = 6;

    /** Wrong tries one emailed or texted code allows before a new one is needed. */
    @Column(nullable = false)
    private int codeMaxWrongTries = 5;

    /** Codes one user may be sent within {@link SystemSettings#CODE_SEND_WINDOW_MINUTES}. */
    @Column(nullable = false)
    private int codeSendLimitPerUser = 5;

    /** Codes one client address may have sent within {@link SystemSettings#CODE_SEND_WINDOW_MINUTES}. */
    @Column(nullable = false)
    private int codeSendLimitPerIp = 20;

    /** At most ten, whatever the row says: a code is never valid longer. */
    public int getCodeLifetimeMinutes() {
        return Math.min(codeLifetimeMinutes, 10);
    }

    public void setCodeLifetimeMinutes(int codeLifetimeMinutes) {
        this.codeLifetimeMinutes = codeLifetimeMinutes;
    }

    public int getCodeDigits() {
        return codeDigits;
    }

    public void setCodeDigits(int codeDigits) {
        this.codeDigits = codeDigits;
    }

    public int getCodeMaxWrongTries() {
        return codeMaxWrongTries;
    }

    public void setCodeMaxWrongTries(int codeMaxWrongTries) {
        this.codeMaxWrongTries = codeMaxWrongTries;
    }

    public int getCodeSendLimitPerUser() {
        return codeSendLimitPerUser;
    }

    public void setCodeSendLimitPerUser(int codeSendLimitPerUser) {
        this.codeSendLimitPerUser = codeSendLimitPerUser;
    }

    public int getCodeSendLimitPerIp() {
        return codeSendLimitPerIp;
    }

    public void setCodeSendLimitPerIp(int codeSendLimitPerIp) {
        this.codeSendLimitPerIp = codeSendLimitPerIp;
    }

    /** The value as set, for the range check and the form. */
    int codeLifetimeMinutesAsSet() {
        return codeLifetimeMinutes;
    }
}
