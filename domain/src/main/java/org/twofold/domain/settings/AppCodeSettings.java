package org.twofold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.TotpParameters;

/**
 * Authenticator apps' codes (TOTP, RFC 6238): their length, period and algorithm, and the
 * time steps of clock drift allowed either way. Part of the
 * {@link SystemSettings} row (its columns are the row's own).
 */
@Embeddable
public class AppCodeSettings {

    @Column(nullable = false)
    private int totpDigits = 6;

    @Column(nullable = false)
    private int totpPeriodSeconds = 30;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private OtpAlgorithm totpAlgorithm = OtpAlgorithm.SHA1;

    /** Time steps either side of now an app code may come from (at most one: SECURITY 8). */
    @Column(nullable = false)
    private int totpWindowSteps = 1;

    public int getTotpDigits() {
        return totpDigits;
    }

    public void setTotpDigits(int totpDigits) {
        this.totpDigits = totpDigits;
    }

    public int getTotpPeriodSeconds() {
        return totpPeriodSeconds;
    }

    public void setTotpPeriodSeconds(int totpPeriodSeconds) {
        this.totpPeriodSeconds = totpPeriodSeconds;
    }

    public OtpAlgorithm getTotpAlgorithm() {
        return totpAlgorithm;
    }

    public void setTotpAlgorithm(OtpAlgorithm totpAlgorithm) {
        this.totpAlgorithm = totpAlgorithm;
    }

    public int getTotpWindowSteps() {
        return totpWindowSteps;
    }

    public void setTotpWindowSteps(int totpWindowSteps) {
        this.totpWindowSteps = totpWindowSteps;
    }

    /** What a new app is set up with. */
    public TotpParameters parameters() {
        return new TotpParameters(totpAlgorithm, totpDigits, totpPeriodSeconds);
    }
}
