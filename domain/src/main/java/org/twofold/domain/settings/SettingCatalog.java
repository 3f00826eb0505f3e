package org.twofold.domain.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twofold.domain.otp.OtpAlgorithm;
import org.twofold.domain.otp.Totp;
import org.twofold.domain.user.TwoFactorMethod;

/**
 * Every system setting an administrator changes, in the console's order, each described once
 * ({@link Setting}). A new setting is a field and its accessors on {@link SystemSettings} and
 * one line here; the API, the command line, the audit log's diff and the range checks follow.
 */
public final class SettingCatalog {

    public static final List<Setting<?>> ALL = List.of(
            flag("twoFactorEnabled", SystemSettings::isTwoFactorEnabled, SystemSettings::setTwoFactorEnabled),
            new Setting<Set<TwoFactorMethod>>("allowedMethods", Setting.Kind.METHODS, null, 0, 0, null,
                    SystemSettings::getAllowedMethods, SystemSettings::setAllowedMethods),
            choice("defaultMethod", TwoFactorMethod.class, SystemSettings::getDefaultMethod, SystemSettings::setDefaultMethod),
            text("otpIssuer", SystemSettings::getOtpIssuer, SystemSettings::setOtpIssuer),
            number("qrLinkLifetimeMinutes", 1, 1440, "settings.qrLinkLifetime.range",
                    SystemSettings::getEnrolment, EnrolmentSettings::getQrLinkLifetimeMinutes, EnrolmentSettings::setQrLinkLifetimeMinutes),
            number("codeLifetimeMinutes", 1, 10, "settings.codeLifetime.range",
                    SystemSettings::getSentCodes, SentCodeSettings::codeLifetimeMinutesAsSet, SentCodeSettings::setCodeLifetimeMinutes),
            number("codeDigits", 6, 8, "settings.codeDigits.range", SystemSettings::getSentCodes, SentCodeSettings::getCodeDigits, SentCodeSettings::setCodeDigits),
            number("codeMaxWrongTries", 1, 10, "settings.codeMaxWrongTries.range",
                    SystemSettings::getSentCodes, SentCodeSettings::getCodeMaxWrongTries, SentCodeSettings::setCodeMaxWrongTries),
            number("codeSendLimitPerUser", 1, 50, "settings.sendLimitUser.range",
                    SystemSettings::getSentCodes, SentCodeSettings::getCodeSendLimitPerUser, SentCodeSettings::setCodeSendLimitPerUser),
            number("codeSendLimitPerIp", 1, 1000, "settings.sendLimitIp.range",
                    SystemSettings::getSentCodes, SentCodeSettings::getCodeSendLimitPerIp, SentCodeSettings::setCodeSendLimitPerIp),
            number("totpDigits", 6, 8, "settings.totpDigits.range", SystemSettings::getAppCodes, AppCodeSettings::getTotpDigits, AppCodeSettings::setTotpDigits),
            // 30 or 60, nothing between: SystemSettings.problems checks it.
            number("totpPeriodSeconds", 0, 0, null, SystemSettings::getAppCodes, AppCodeSettings::getTotpPeriodSeconds, AppCodeSettings::setTotpPeriodSeconds),
            choice("totpAlgorithm", OtpAlgorithm.class, SystemSettings::getAppCodes, AppCodeSettings::getTotpAlgorithm, AppCodeSettings::setTotpAlgorithm),
            number("totpWindowSteps", 0, Totp.MAX_WINDOW, "settings.totpWindow.range",
                    SystemSettings::getAppCodes, AppCodeSettings::getTotpWindowSteps, AppCodeSettings::setTotpWindowSteps),
            number("lockoutThreshold", 3, 100, "settings.lockoutThreshold.range",
                    SystemSettings::getLockout, LockoutSettings::getLockoutThreshold, LockoutSettings::setLockoutThreshold),
            number("lockoutDurationMinutes", 1, 1440, "settings.lockoutDuration.range",
                    SystemSettings::getLockout, LockoutSettings::getLockoutDurationMinutes, LockoutSettings::setLockoutDurationMinutes),
            number("addressFailureLimit", 10, 10000, "settings.addressFailureLimit.range",
                    SystemSettings::getLockout, LockoutSettings::getAddressFailureLimit, LockoutSettings::setAddressFailureLimit),
            choice("enrolmentMode", EnrolmentMode.class, SystemSettings::getEnrolment, EnrolmentSettings::getEnrolmentMode, EnrolmentSettings::setEnrolmentMode),
            flag("websiteUsersIncluded", SystemSettings::isWebsiteUsersIncluded, SystemSettings::setWebsiteUsersIncluded),
            flag("ipBypassAllowed", SystemSettings::getNetwork, NetworkSettings::isIpBypassAllowed, NetworkSettings::setIpBypassAllowed),
            text("bypassNetworks", SystemSettings::getNetwork, NetworkSettings::getBypassNetworks, NetworkSettings::setBypassNetworks),
            number("enrolmentGraceDays", 0, 90, "settings.graceDays.range",
                    SystemSettings::getEnrolment, EnrolmentSettings::getEnrolmentGraceDays, EnrolmentSettings::setEnrolmentGraceDays),
            flag("passwordlessSignIn", SystemSettings::getPasskeys, PasskeySettings::isPasswordlessSignIn, PasskeySettings::setPasswordlessSignIn),
            flag("passwordlessAdministrators", SystemSettings::getPasskeys,
                    PasskeySettings::isPasswordlessAdministrators, PasskeySettings::setPasswordlessAdministrators),
            choice("passkeyUserVerification", UserVerification.class, SystemSettings::getPasskeys,
                    PasskeySettings::getPasskeyUserVerification, PasskeySettings::setPasskeyUserVerification),
            text("passkeyRelyingPartyId", SystemSettings::getPasskeys,
                    PasskeySettings::getPasskeyRelyingPartyId, PasskeySettings::setPasskeyRelyingPartyId),
            text("passkeyAllowedModels", SystemSettings::getPasskeys,
                    PasskeySettings::getPasskeyAllowedModels, PasskeySettings::setPasskeyAllowedModels),
            number("rememberDeviceDays", 0, SystemSettings.MAX_REMEMBER_DEVICE_DAYS, "settings.rememberDeviceDays.range",
                    SystemSettings::getRememberDeviceDays, SystemSettings::setRememberDeviceDays),
            number("sessionIdleMinutes", 5, 1440, "settings.sessionIdle.range",
                    SystemSettings::getSessions, SessionSettings::getSessionIdleMinutes, SessionSettings::setSessionIdleMinutes),
            number("sessionAbsoluteHours", 1, 72, "settings.sessionAbsolute.range",
                    SystemSettings::getSessions, SessionSettings::getSessionAbsoluteHours, SessionSettings::setSessionAbsoluteHours),
            number("expiredRecordHours", 1, 720, "settings.expiredRecords.range",
                    SystemSettings::getRetention, RetentionSettings::getExpiredRecordHours, RetentionSettings::setExpiredRecordHours),
            number("unconfirmedAppHours", 1, 720, "settings.unconfirmedApps.range",
                    SystemSettings::getRetention, RetentionSettings::getUnconfirmedAppHours, RetentionSettings::setUnconfirmedAppHours),
            number("sentMessageDays", 1, 3650, "settings.sentMessages.range",
                    SystemSettings::getRetention, RetentionSettings::getSentMessageDays, RetentionSettings::setSentMessageDays),
            // 0 (for ever) or 30 to 3650: SystemSettings.problems checks it.
            number("auditRetentionDays", 0, 0, null, SystemSettings::getRetention, RetentionSettings::getAuditRetentionDays, RetentionSettings::setAuditRetentionDays));

    private static final Map<String, Setting<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Setting::name, Function.identity()));

    private SettingCatalog() {
    }

    public static Optional<Setting<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static <G> Setting<Boolean> flag(String name, Function<SystemSettings, G> group, Function<G, Boolean> reader,
                                             BiConsumer<G, Boolean> writer) {
        return flag(name, inGroup(group, reader), inGroup(group, writer));
    }

    private static <G> Setting<Integer> number(String name, int min, int max, String rangeKey, Function<SystemSettings, G> group,
                                               Function<G, Integer> reader, BiConsumer<G, Integer> writer) {
        return number(name, min, max, rangeKey, inGroup(group, reader), inGroup(group, writer));
    }

    private static <G, E extends Enum<E>> Setting<E> choice(String name, Class<E> type, Function<SystemSettings, G> group,
                                                            Function<G, E> reader, BiConsumer<G, E> writer) {
        return choice(name, type, inGroup(group, reader), inGroup(group, writer));
    }

    private static <G> Setting<String> text(String name, Function<SystemSettings, G> group, Function<G, String> reader,
                                            BiConsumer<G, String> writer) {
        return text(name, inGroup(group, reader), inGroup(group, writer));
    }

    /** A value read from the settings' group of its area ({@link LockoutSettings}, say). */
    private static <G, T> Function<SystemSettings, T> inGroup(Function<SystemSettings, G> group, Function<G, T> reader) {
        return settings -> reader.apply(group.apply(settings));
    }

    private static <G, T> BiConsumer<SystemSettings, T> inGroup(Function<SystemSettings, G> group, BiConsumer<G, T> writer) {
        return (settings, value) -> writer.accept(group.apply(settings), value);
    }

    private static Setting<Boolean> flag(String name, Function<SystemSettings, Boolean> reader,
                                         BiConsumer<SystemSettings, Boolean> writer) {
        return new Setting<>(name, Setting.Kind.FLAG, null, 0, 0, null, reader, writer);
    }

    private static Setting<Integer> number(String name, int min, int max, String rangeKey,
                                           Function<SystemSettings, Integer> reader, BiConsumer<SystemSettings, Integer> writer) {
        return new Setting<>(name, Setting.Kind.WHOLE_NUMBER, null, min, max, rangeKey, reader, writer);
    }

    private static <E extends Enum<E>> Setting<E> choice(String name, Class<E> type, Function<SystemSettings, E> reader,
                                                         BiConsumer<SystemSettings, E> writer) {
        return new Setting<>(name, Setting.Kind.CHOICE, type, 0, 0, null, reader, writer);
    }

    private static Setting<String> text(String name, Function<SystemSettings, String> reader,
                                        BiConsumer<SystemSettings, String> writer) {
        return new Setting<>(name, Setting.Kind.TEXT, null, 0, 0, null, reader, writer);
    }
}
