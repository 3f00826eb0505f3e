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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.otp.TotpParameters;
import org.twofold.domain.policy.Cidr;

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

    /** Failed sign-ins one client address may make per 15 minutes, whatever the usernames; then it waits 15 minutes. */
    @Column(nullable = false)
    private int addressFailureLimit = 100;

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

    /** Time steps either side of now an app code may come from (at most one: SECURITY 8). */
    @Column(nullable = false)
    private int totpWindowSteps = 1;

    /** Days a user newly required to use a second factor may put off enrolling (0: none). */
    @Column(nullable = false)
    private int enrolmentGraceDays;

    /** Days a browser may skip the code step after the password once its user ticked "remember" (0: never). */
    @Column(nullable = false)
    private int rememberDeviceDays;

    public static final int MAX_REMEMBER_DEVICE_DAYS = 365;

    /** A signed-in session ends after this long without a request. */
    @Column(nullable = false)
    private int sessionIdleMinutes = 30;

    /** A signed-in session ends this long after its sign-in, however busy. */
    @Column(nullable = false)
    private int sessionAbsoluteHours = 12;

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

    public static final int MIN_AUDIT_RETENTION_DAYS = 30;

    public TotpParameters totpParameters() {
        return new TotpParameters(totpAlgorithm, totpDigits, totpPeriodSeconds);
    }

    /**
     * Keys of what is wrong, for messages in the console; empty when the settings can be saved.
     *
     * @param smsGatewayReady whether an SMS gateway is configured (SMS cannot be allowed without one)
     */
    public List<String> problems(boolean smsGatewayReady) {
        List<String> problems = new ArrayList<>();
        if (allowedMethods == null || allowedMethods.isEmpty()) {
            problems.add("settings.methods.required");
        } else if (defaultMethod == null || !allowedMethods.contains(defaultMethod)) {
            problems.add("settings.defaultMethod.notAllowed");
        }
        if (allowedMethods != null && allowedMethods.contains(TwoFactorMethod.SMS) && !smsGatewayReady) {
            problems.add("settings.sms.noGateway");
        }
        if (allowedMethods != null && allowedMethods.equals(EnumSet.of(TwoFactorMethod.SMS))) {
            problems.add("settings.sms.notOnly"); // SECURITY 18: SMS is never the only choice
        }
        if (otpIssuer == null || otpIssuer.isBlank() || otpIssuer.length() > 100 || otpIssuer.contains(":")) {
            problems.add("settings.issuer.invalid");
        }
        check(problems, qrLinkLifetimeMinutes, 1, 1440, "settings.qrLinkLifetime.range");
        check(problems, codeLifetimeMinutes, 1, 10, "settings.codeLifetime.range");
        check(problems, codeDigits, 6, 8, "settings.codeDigits.range");
        check(problems, codeMaxWrongTries, 1, 10, "settings.codeMaxWrongTries.range");
        check(problems, codeSendLimitPerUser, 1, 50, "settings.sendLimitUser.range");
        check(problems, codeSendLimitPerIp, 1, 1000, "settings.sendLimitIp.range");
        check(problems, totpDigits, 6, 8, "settings.totpDigits.range");
        if (totpPeriodSeconds != 30 && totpPeriodSeconds != 60) {
            problems.add("settings.totpPeriod.range");
        }
        check(problems, totpWindowSteps, 0, Totp.MAX_WINDOW, "settings.totpWindow.range");
        check(problems, lockoutThreshold, 3, 100, "settings.lockoutThreshold.range");
        check(problems, lockoutDurationMinutes, 1, 1440, "settings.lockoutDuration.range");
        check(problems, addressFailureLimit, 10, 10000, "settings.addressFailureLimit.range");
        check(problems, enrolmentGraceDays, 0, 90, "settings.graceDays.range");
        check(problems, rememberDeviceDays, 0, MAX_REMEMBER_DEVICE_DAYS, "settings.rememberDeviceDays.range");
        check(problems, sessionIdleMinutes, 5, 1440, "settings.sessionIdle.range");
        check(problems, sessionAbsoluteHours, 1, 72, "settings.sessionAbsolute.range");
        if (sessionIdleMinutes > sessionAbsoluteHours * 60) {
            problems.add("settings.sessionIdle.longerThanAbsolute");
        }
        // Challenges are counted for the send limits, so they are kept at least that window (an hour > 15 minutes).
        check(problems, expiredRecordHours, 1, 720, "settings.expiredRecords.range");
        check(problems, unconfirmedAppHours, 1, 720, "settings.unconfirmedApps.range");
        if (unconfirmedAppHours * 60 < qrLinkLifetimeMinutes) {
            problems.add("settings.unconfirmedApps.shorterThanLink"); // the link would open an app already deleted
        }
        check(problems, sentMessageDays, 1, 3650, "settings.sentMessages.range");
        if (auditRetentionDays != 0) {
            check(problems, auditRetentionDays, MIN_AUDIT_RETENTION_DAYS, 3650, "settings.auditRetention.range");
        }
        try {
            Cidr.parseList(bypassNetworks);
        } catch (IllegalArgumentException e) {
            problems.add("settings.bypassNetworks.invalid");
        }
        return problems;
    }

    private static void check(List<String> problems, int value, int min, int max, String key) {
        if (value < min || value > max) {
            problems.add(key);
        }
    }

    /** Every setting by name, for the audit log's record of what an admin changed. */
    public Map<String, Object> summary() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("twoFactorEnabled", twoFactorEnabled);
        values.put("allowedMethods", allowedMethods == null ? Set.of() : new TreeSet<>(allowedMethods));
        values.put("defaultMethod", defaultMethod);
        values.put("otpIssuer", otpIssuer);
        values.put("qrLinkLifetimeMinutes", qrLinkLifetimeMinutes);
        values.put("codeLifetimeMinutes", codeLifetimeMinutes);
        values.put("codeDigits", codeDigits);
        values.put("codeMaxWrongTries", codeMaxWrongTries);
        values.put("codeSendLimitPerUser", codeSendLimitPerUser);
        values.put("codeSendLimitPerIp", codeSendLimitPerIp);
        values.put("totpDigits", totpDigits);
        values.put("totpPeriodSeconds", totpPeriodSeconds);
        values.put("totpAlgorithm", totpAlgorithm);
        values.put("totpWindowSteps", totpWindowSteps);
        values.put("lockoutThreshold", lockoutThreshold);
        values.put("lockoutDurationMinutes", lockoutDurationMinutes);
        values.put("addressFailureLimit", addressFailureLimit);
        values.put("enrolmentMode", enrolmentMode);
        values.put("websiteUsersIncluded", websiteUsersIncluded);
        values.put("ipBypassAllowed", ipBypassAllowed);
        values.put("bypassNetworks", bypassNetworks == null ? "" : bypassNetworks);
        values.put("enrolmentGraceDays", enrolmentGraceDays);
        values.put("rememberDeviceDays", rememberDeviceDays);
        values.put("sessionIdleMinutes", sessionIdleMinutes);
        values.put("sessionAbsoluteHours", sessionAbsoluteHours);
        values.put("expiredRecordHours", expiredRecordHours);
        values.put("unconfirmedAppHours", unconfirmedAppHours);
        values.put("sentMessageDays", sentMessageDays);
        values.put("auditRetentionDays", auditRetentionDays);
        return values;
    }

    /** Names of the settings whose values differ from {@code before}'s, in form order. */
    public List<String> changedSince(SystemSettings before) {
        Map<String, Object> old = before.summary();
        List<String> changed = new ArrayList<>();
        summary().forEach((name, value) -> {
            if (!value.equals(old.get(name)) && !(value == null && old.get(name) == null)) {
                changed.add(name);
            }
        });
        return changed;
    }

    /** A detached copy, for forms that edit the settings before they are saved. */
    public SystemSettings copy() {
        SystemSettings copy = new SystemSettings();
        copy.twoFactorEnabled = twoFactorEnabled;
        copy.allowedMethods = allowedMethods == null || allowedMethods.isEmpty()
                ? EnumSet.noneOf(TwoFactorMethod.class) : EnumSet.copyOf(allowedMethods);
        copy.defaultMethod = defaultMethod;
        copy.otpIssuer = otpIssuer;
        copy.qrLinkLifetimeMinutes = qrLinkLifetimeMinutes;
        copy.totpDigits = totpDigits;
        copy.totpPeriodSeconds = totpPeriodSeconds;
        copy.totpAlgorithm = totpAlgorithm;
        copy.totpWindowSteps = totpWindowSteps;
        copy.lockoutThreshold = lockoutThreshold;
        copy.lockoutDurationMinutes = lockoutDurationMinutes;
        copy.addressFailureLimit = addressFailureLimit;
        copy.pendingSignInMinutes = pendingSignInMinutes;
        copy.codeLifetimeMinutes = codeLifetimeMinutes;
        copy.codeDigits = codeDigits;
        copy.codeMaxWrongTries = codeMaxWrongTries;
        copy.codeSendLimitPerUser = codeSendLimitPerUser;
        copy.codeSendLimitPerIp = codeSendLimitPerIp;
        copy.enrolmentMode = enrolmentMode;
        copy.websiteUsersIncluded = websiteUsersIncluded;
        copy.ipBypassAllowed = ipBypassAllowed;
        copy.bypassNetworks = bypassNetworks;
        copy.enrolmentGraceDays = enrolmentGraceDays;
        copy.rememberDeviceDays = rememberDeviceDays;
        copy.sessionIdleMinutes = sessionIdleMinutes;
        copy.sessionAbsoluteHours = sessionAbsoluteHours;
        copy.expiredRecordHours = expiredRecordHours;
        copy.unconfirmedAppHours = unconfirmedAppHours;
        copy.sentMessageDays = sentMessageDays;
        copy.auditRetentionDays = auditRetentionDays;
        return copy;
    }

    /** Takes every value of an edited copy; the caller has checked {@link #problems}. */
    public void takeValuesOf(SystemSettings edited) {
        SystemSettings values = edited.copy();
        twoFactorEnabled = values.twoFactorEnabled;
        allowedMethods.clear();
        allowedMethods.addAll(values.allowedMethods);
        defaultMethod = values.defaultMethod;
        otpIssuer = values.otpIssuer.trim();
        qrLinkLifetimeMinutes = values.qrLinkLifetimeMinutes;
        totpDigits = values.totpDigits;
        totpPeriodSeconds = values.totpPeriodSeconds;
        totpAlgorithm = values.totpAlgorithm;
        totpWindowSteps = values.totpWindowSteps;
        lockoutThreshold = values.lockoutThreshold;
        lockoutDurationMinutes = values.lockoutDurationMinutes;
        addressFailureLimit = values.addressFailureLimit;
        codeLifetimeMinutes = values.codeLifetimeMinutes;
        codeDigits = values.codeDigits;
        codeMaxWrongTries = values.codeMaxWrongTries;
        codeSendLimitPerUser = values.codeSendLimitPerUser;
        codeSendLimitPerIp = values.codeSendLimitPerIp;
        enrolmentMode = values.enrolmentMode;
        websiteUsersIncluded = values.websiteUsersIncluded;
        ipBypassAllowed = values.ipBypassAllowed;
        bypassNetworks = values.bypassNetworks == null || values.bypassNetworks.isBlank() ? null : values.bypassNetworks.trim();
        enrolmentGraceDays = values.enrolmentGraceDays;
        rememberDeviceDays = values.rememberDeviceDays;
        sessionIdleMinutes = values.sessionIdleMinutes;
        sessionAbsoluteHours = values.sessionAbsoluteHours;
        expiredRecordHours = values.expiredRecordHours;
        unconfirmedAppHours = values.unconfirmedAppHours;
        sentMessageDays = values.sentMessageDays;
        auditRetentionDays = values.auditRetentionDays;
    }

    /** What the clean-up may delete now: everything older than these points in time. */
    public RetentionCutoffs retentionCutoffs(Instant now) {
        return new RetentionCutoffs(
                now.minus(Duration.ofHours(expiredRecordHours)),
                now.minus(Duration.ofHours(unconfirmedAppHours)),
                now.minus(Duration.ofDays(sentMessageDays)),
                auditRetentionDays == 0 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(auditRetentionDays))));
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

    public int getAddressFailureLimit() {
        return addressFailureLimit;
    }

    public void setAddressFailureLimit(int addressFailureLimit) {
        this.addressFailureLimit = addressFailureLimit;
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

    public void setAllowedMethods(Set<TwoFactorMethod> allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    public int getTotpWindowSteps() {
        return totpWindowSteps;
    }

    public void setTotpWindowSteps(int totpWindowSteps) {
        this.totpWindowSteps = totpWindowSteps;
    }

    public int getEnrolmentGraceDays() {
        return enrolmentGraceDays;
    }

    public int getRememberDeviceDays() {
        return rememberDeviceDays;
    }

    public void setRememberDeviceDays(int rememberDeviceDays) {
        this.rememberDeviceDays = rememberDeviceDays;
    }

    public void setEnrolmentGraceDays(int enrolmentGraceDays) {
        this.enrolmentGraceDays = enrolmentGraceDays;
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
}
