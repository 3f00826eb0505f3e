package org.twofold.domain.settings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.twofold.domain.network.Cidr;
import org.twofold.domain.user.TwoFactorMethod;

/** What admins change at run time: one row, id 1. Defaults are the secure ones. */
@Entity
@Table(name = "TF_SETTINGS")
@NamedQuery(name = SystemSettings.WITH_METHODS,
        query = "SELECT s FROM SystemSettings s LEFT JOIN FETCH s.allowedMethods WHERE s.id = :id")
public class SystemSettings {

    public static final long SINGLETON_ID = 1L;

    /** The row and its allowed methods in one statement. */
    public static final String WITH_METHODS = "SystemSettings.withMethods";

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

    public static final int CODE_SEND_WINDOW_MINUTES = 15;
    public static final int MAX_REMEMBER_DEVICE_DAYS = 365;
    public static final int MIN_AUDIT_RETENTION_DAYS = 30;

    /** Whether Website (portal) users need a second factor too. */
    @Column(nullable = false)
    private boolean websiteUsersIncluded;

    /** Days a browser may skip the code step after the password once its user ticked "remember" (0: never). */
    @Column(nullable = false)
    private int rememberDeviceDays;

    @Embedded
    private LockoutSettings lockout = new LockoutSettings();

    @Embedded
    private SentCodeSettings sentCodes = new SentCodeSettings();

    @Embedded
    private AppCodeSettings appCodes = new AppCodeSettings();

    @Embedded
    private EnrolmentSettings enrolment = new EnrolmentSettings();

    @Embedded
    private SessionSettings sessions = new SessionSettings();

    @Embedded
    private NetworkSettings network = new NetworkSettings();

    @Embedded
    private RetentionSettings retention = new RetentionSettings();

    @Embedded
    private PasskeySettings passkeys = new PasskeySettings();

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
        for (Setting<?> setting : SettingCatalog.ALL) {
            setting.rangeProblem(this).ifPresent(problems::add);
        }
        int period = appCodes.getTotpPeriodSeconds();
        if (period != 30 && period != 60) {
            problems.add("settings.totpPeriod.range");
        }
        if (sessions.getSessionIdleMinutes() > sessions.getSessionAbsoluteHours() * 60) {
            problems.add("settings.sessionIdle.longerThanAbsolute");
        }
        // Challenges are counted for the send limits, so they are kept at least that window (an hour > 15 minutes).
        if (retention.getUnconfirmedAppHours() * 60 < enrolment.getQrLinkLifetimeMinutes()) {
            problems.add("settings.unconfirmedApps.shorterThanLink"); // the link would open an app already deleted
        }
        int auditDays = retention.getAuditRetentionDays();
        if (auditDays != 0 && (auditDays < MIN_AUDIT_RETENTION_DAYS || auditDays > 3650)) {
            problems.add("settings.auditRetention.range");
        }
        if (!passkeys.relyingPartyIdValid()) {
            problems.add("settings.passkeyRelyingPartyId.invalid");
        }
        if (!passkeys.modelsValid()) {
            problems.add("settings.passkeyAllowedModels.invalid");
        }
        try {
            Cidr.parseList(network.getBypassNetworks());
        } catch (IllegalArgumentException e) {
            problems.add("settings.bypassNetworks.invalid");
        }
        return problems;
    }

    /** Every setting by name ({@link SettingCatalog}), as the API shows them and the audit log compares them. */
    public Map<String, Object> summary() {
        Map<String, Object> values = new LinkedHashMap<>();
        SettingCatalog.ALL.forEach(setting -> values.put(setting.name(), setting.valueIn(this)));
        return values;
    }

    /** Names of the settings whose values differ from {@code before}'s, in form order. */
    public List<String> changedSince(SystemSettings before) {
        return SettingCatalog.ALL.stream()
                .filter(setting -> !Objects.equals(setting.valueIn(this), setting.valueIn(before)))
                .map(Setting::name)
                .toList();
    }

    /** A detached copy, for forms that edit the settings before they are saved. */
    public SystemSettings copy() {
        SystemSettings copy = new SystemSettings();
        SettingCatalog.ALL.forEach(setting -> setting.copy(this, copy));
        // not an administrator's setting, but part of the row
        copy.sessions.setPendingSignInMinutes(sessions.getPendingSignInMinutes());
        return copy;
    }

    /** Takes every value of an edited copy; the caller has checked {@link #problems}. */
    public void takeValuesOf(SystemSettings edited) {
        SettingCatalog.ALL.forEach(setting -> setting.copy(edited, this));
        otpIssuer = otpIssuer.trim();
        String networks = network.getBypassNetworks();
        network.setBypassNetworks(networks == null || networks.isBlank() ? null : networks.trim());
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

    public boolean isWebsiteUsersIncluded() {
        return websiteUsersIncluded;
    }

    public void setWebsiteUsersIncluded(boolean websiteUsersIncluded) {
        this.websiteUsersIncluded = websiteUsersIncluded;
    }

    public void setAllowedMethods(Set<TwoFactorMethod> allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    public int getRememberDeviceDays() {
        return rememberDeviceDays;
    }

    public void setRememberDeviceDays(int rememberDeviceDays) {
        this.rememberDeviceDays = rememberDeviceDays;
    }

    public LockoutSettings getLockout() {
        return lockout;
    }

    public SentCodeSettings getSentCodes() {
        return sentCodes;
    }

    public AppCodeSettings getAppCodes() {
        return appCodes;
    }

    public EnrolmentSettings getEnrolment() {
        return enrolment;
    }

    public SessionSettings getSessions() {
        return sessions;
    }

    public NetworkSettings getNetwork() {
        return network;
    }

    public RetentionSettings getRetention() {
        return retention;
    }

    public PasskeySettings getPasskeys() {
        return passkeys;
    }
}
