package org.twofold.domain.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.twofold.domain.otp.OtpAlgorithm;

/**
 * Settings changed by name, as the API and the command line send them ({@code lockoutThreshold}
 * = {@code "5"}): each value is parsed into a copy of the settings, whose own checks
 * ({@link SystemSettings#problems}) then apply as for the console. The names are those of
 * {@link SystemSettings#summary}.
 */
public final class SettingsPatch {

    private static final Map<String, BiConsumer<SystemSettings, String>> SETTERS = new LinkedHashMap<>();

    static {
        SETTERS.put("twoFactorEnabled", (s, v) -> s.setTwoFactorEnabled(bool(v)));
        SETTERS.put("allowedMethods", (s, v) -> s.setAllowedMethods(methods(v)));
        SETTERS.put("defaultMethod", (s, v) -> s.setDefaultMethod(choice(TwoFactorMethod.class, v)));
        SETTERS.put("otpIssuer", SystemSettings::setOtpIssuer);
        SETTERS.put("qrLinkLifetimeMinutes", (s, v) -> s.setQrLinkLifetimeMinutes(number(v)));
        SETTERS.put("codeLifetimeMinutes", (s, v) -> s.setCodeLifetimeMinutes(number(v)));
        SETTERS.put("codeDigits", (s, v) -> s.setCodeDigits(number(v)));
        SETTERS.put("codeMaxWrongTries", (s, v) -> s.setCodeMaxWrongTries(number(v)));
        SETTERS.put("codeSendLimitPerUser", (s, v) -> s.setCodeSendLimitPerUser(number(v)));
        SETTERS.put("codeSendLimitPerIp", (s, v) -> s.setCodeSendLimitPerIp(number(v)));
        SETTERS.put("totpDigits", (s, v) -> s.setTotpDigits(number(v)));
        SETTERS.put("totpPeriodSeconds", (s, v) -> s.setTotpPeriodSeconds(number(v)));
        SETTERS.put("totpAlgorithm", (s, v) -> s.setTotpAlgorithm(choice(OtpAlgorithm.class, v)));
        SETTERS.put("totpWindowSteps", (s, v) -> s.setTotpWindowSteps(number(v)));
        SETTERS.put("lockoutThreshold", (s, v) -> s.setLockoutThreshold(number(v)));
        SETTERS.put("lockoutDurationMinutes", (s, v) -> s.setLockoutDurationMinutes(number(v)));
        SETTERS.put("addressFailureLimit", (s, v) -> s.setAddressFailureLimit(number(v)));
        SETTERS.put("enrolmentMode", (s, v) -> s.setEnrolmentMode(choice(EnrolmentMode.class, v)));
        SETTERS.put("websiteUsersIncluded", (s, v) -> s.setWebsiteUsersIncluded(bool(v)));
        SETTERS.put("ipBypassAllowed", (s, v) -> s.setIpBypassAllowed(bool(v)));
        SETTERS.put("bypassNetworks", SystemSettings::setBypassNetworks);
        SETTERS.put("enrolmentGraceDays", (s, v) -> s.setEnrolmentGraceDays(number(v)));
        SETTERS.put("rememberDeviceDays", (s, v) -> s.setRememberDeviceDays(number(v)));
        SETTERS.put("sessionIdleMinutes", (s, v) -> s.setSessionIdleMinutes(number(v)));
        SETTERS.put("sessionAbsoluteHours", (s, v) -> s.setSessionAbsoluteHours(number(v)));
        SETTERS.put("expiredRecordHours", (s, v) -> s.setExpiredRecordHours(number(v)));
        SETTERS.put("unconfirmedAppHours", (s, v) -> s.setUnconfirmedAppHours(number(v)));
        SETTERS.put("sentMessageDays", (s, v) -> s.setSentMessageDays(number(v)));
        SETTERS.put("auditRetentionDays", (s, v) -> s.setAuditRetentionDays(number(v)));
    }

    private SettingsPatch() {
    }

    /** The names a patch may use, in the console's order. */
    public static Set<String> names() {
        return SETTERS.keySet();
    }

    /**
     * Puts each value into {@code target} (a copy, not yet saved).
     *
     * @return one line per name that is unknown or whose value does not parse, e.g.
     *         {@code "lockoutThreshold: not a whole number"}; empty when all were taken
     */
    public static List<String> apply(SystemSettings target, Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        values.forEach((name, value) -> {
            BiConsumer<SystemSettings, String> setter = SETTERS.get(name);
            if (setter == null) {
                problems.add(name + ": no such setting");
                return;
            }
            try {
                setter.accept(target, value == null ? "" : value.strip());
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        });
        return problems;
    }

    private static boolean bool(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw new IllegalArgumentException("one of " + String.join(", ", names));
    }

    /** A comma-separated list: {@code "TOTP,EMAIL"}. */
    private static Set<TwoFactorMethod> methods(String value) {
        Set<TwoFactorMethod> methods = EnumSet.noneOf(TwoFactorMethod.class);
        for (String part : value.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                methods.add(choice(TwoFactorMethod.class, part));
            }
        }
        return methods;
    }
}
