package org.twofold.domain.settings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.TotpParameters;

/** What admins change at run time: one row, id 1. Defaults are the secure ones. */
@Entity
@Table(name = "TF_SETTINGS")
public class SystemSettings {

    public static final long SINGLETON_ID = 1L;

    @Id
    private Long id = SINGLETON_ID;

    @Column(nullable = false)
    private boolean twoFactorEnabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TF_SETTINGS_METHOD", joinColumns = @JoinColumn(name = "SETTINGS_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", length = 16)
    private Set<TwoFactorMethod> allowedMethods = EnumSet.of(TwoFactorMethod.TOTP);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TwoFactorMethod defaultMethod = TwoFactorMethod.TOTP;

    @Column(nullable = false, length = 100)
    private String otpIssuer = "Twofold";

    @Column(nullable = false)
    private int qrLinkLifetimeMinutes = 10;

    @Column(nullable = false)
    private int totpDigits = 6;

    @Column(nullable = false)
    private int totpPeriodSeconds = 30;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private OtpAlgorithm totpAlgorithm = OtpAlgorithm.SHA1;

    /** Consecutive wrong codes that lock an account. */
    @Column(nullable = false)
    private int lockoutThreshold = 10;

    @Column(nullable = false)
    private int lockoutDurationMinutes = 10;

    /** How long a password-verified sign-in may wait for its second step. */
    @Column(nullable = false)
    private int pendingSignInMinutes = 10;

    /** Minutes an emailed or texted code stays valid; never more than ten. */
    @Column(nullable = false)
    private int codeLifetimeMinutes = 10;

    @Column(nullable = false)
    private int codeDigits = 6;

    /** Wrong tries one emailed or texted code allows before a new one is needed. */
    @Column(nullable = false)
    private int codeMaxWrongTries = 5;

    /** Codes one user may be sent within {@link #CODE_SEND_WINDOW_MINUTES}. */
    @Column(nullable = false)
    private int codeSendLimitPerUser = 5;

    /** Codes one client address may have sent within {@link #CODE_SEND_WINDOW_MINUTES}. */
    @Column(nullable = false)
    private int codeSendLimitPerIp = 20;

    public static final int CODE_SEND_WINDOW_MINUTES = 15;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentMode enrolmentMode = EnrolmentMode.AUTO;

    /** Whether Website (portal) users need a second factor too. */
    @Column(nullable = false)
    private boolean websiteUsersIncluded;

    /** Whether a sign-in from an allowed network may skip the second factor (Frappe's bypass). */
    @Column(nullable = false)
    private boolean ipBypassAllowed;

    /** Networks, in CIDR notation, from which everyone may skip the second factor when allowed. */
    @Column(length = 2000)
    private String bypassNetworks;

    public TotpParameters totpParameters() {
        return new TotpParameters(totpAlgorithm, totpDigits, totpPeriodSeconds);
    }

    public Long getId() {
        return id;
    }

    public boolean isTwoFactorEnabled() {
        return twoFactorEnabled;
    }

    public void setTwoFactorEnabled(boolean twoFactorEnabled) {
        this.twoFactorEnabled = twoFactorEnabled;
    }

    public Set<TwoFactorMethod> getAllowedMethods() {
        return allowedMethods;
    }

    public TwoFactorMethod getDefaultMethod() {
        return defaultMethod;
    }

    public void setDefaultMethod(TwoFactorMethod defaultMethod) {
        this.defaultMethod = defaultMethod;
    }

    public String getOtpIssuer() {
        return otpIssuer;
    }

    public void setOtpIssuer(String otpIssuer) {
        this.otpIssuer = otpIssuer;
    }

    public int getQrLinkLifetimeMinutes() {
        return qrLinkLifetimeMinutes;
    }

    public void setQrLinkLifetimeMinutes(int qrLinkLifetimeMinutes) {
        this.qrLinkLifetimeMinutes = qrLinkLifetimeMinutes;
    }

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

    public boolean isWebsiteUsersIncluded() {
        return websiteUsersIncluded;
    }

    public void setWebsiteUsersIncluded(boolean websiteUsersIncluded) {
        this.websiteUsersIncluded = websiteUsersIncluded;
    }

    public boolean isIpBypassAllowed() {
        return ipBypassAllowed;
    }

    public void setIpBypassAllowed(boolean ipBypassAllowed) {
        this.ipBypassAllowed = ipBypassAllowed;
    }

    public String getBypassNetworks() {
        return bypassNetworks;
    }

    public void setBypassNetworks(String bypassNetworks) {
        this.bypassNetworks = bypassNetworks;
    }

    public EnrolmentMode getEnrolmentMode() {
        return enrolmentMode;
    }

    public void setEnrolmentMode(EnrolmentMode enrolmentMode) {
        this.enrolmentMode = enrolmentMode;
    }

    public int getPendingSignInMinutes() {
        return pendingSignInMinutes;
    }

    public void setPendingSignInMinutes(int pendingSignInMinutes) {
        this.pendingSignInMinutes = pendingSignInMinutes;
    }
}
