package org.twofold.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twofold.domain.user.TwoFactorMethod;

class SystemSettingsTest {

    @Test
    void theDefaultsCanBeSaved() {
        assertEquals(List.of(), new SystemSettings().problems(false));
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                bad("settings.methods.required", s -> s.setAllowedMethods(EnumSet.noneOf(TwoFactorMethod.class))),
                bad("settings.defaultMethod.notAllowed", s -> s.setDefaultMethod(TwoFactorMethod.EMAIL)),
                bad("settings.sms.noGateway", s -> s.setAllowedMethods(EnumSet.of(TwoFactorMethod.TOTP, TwoFactorMethod.SMS))),
                bad("settings.sms.notOnly", s -> {
                    s.setAllowedMethods(EnumSet.of(TwoFactorMethod.SMS));
                    s.setDefaultMethod(TwoFactorMethod.SMS);
                }),
                bad("settings.issuer.invalid", s -> s.setOtpIssuer(" ")),
                bad("settings.issuer.invalid", s -> s.setOtpIssuer("Acme:Intranet")),
                bad("settings.qrLinkLifetime.range", s -> s.getEnrolment().setQrLinkLifetimeMinutes(0)),
                bad("settings.codeLifetime.range", s -> s.getSentCodes().setCodeLifetimeMinutes(11)),
                bad("settings.codeDigits.range", s -> s.getSentCodes().setCodeDigits(5)),
                bad("settings.totpDigits.range", s -> s.getAppCodes().setTotpDigits(9)),
                bad("settings.totpPeriod.range", s -> s.getAppCodes().setTotpPeriodSeconds(45)),
                bad("settings.totpWindow.range", s -> s.getAppCodes().setTotpWindowSteps(2)),
                bad("settings.lockoutThreshold.range", s -> s.getLockout().setLockoutThreshold(101)),
                bad("settings.lockoutDuration.range", s -> s.getLockout().setLockoutDurationMinutes(0)),
                bad("settings.addressFailureLimit.range", s -> s.getLockout().setAddressFailureLimit(9)),
                bad("settings.graceDays.range", s -> s.getEnrolment().setEnrolmentGraceDays(-1)),
                bad("settings.rememberDeviceDays.range", s -> s.setRememberDeviceDays(366)),
                bad("settings.rememberDeviceDays.range", s -> s.setRememberDeviceDays(-1)),
                bad("settings.sessionIdle.range", s -> s.getSessions().setSessionIdleMinutes(2)),
                bad("settings.sessionAbsolute.range", s -> s.getSessions().setSessionAbsoluteHours(100)),
                bad("settings.sessionIdle.longerThanAbsolute", s -> {
                    s.getSessions().setSessionAbsoluteHours(1);
                    s.getSessions().setSessionIdleMinutes(90);
                }),
                bad("settings.bypassNetworks.invalid", s -> s.getNetwork().setBypassNetworks("10.0.0.0/8, intranet")),
                bad("settings.expiredRecords.range", s -> s.getRetention().setExpiredRecordHours(0)),
                bad("settings.unconfirmedApps.range", s -> s.getRetention().setUnconfirmedAppHours(721)),
                bad("settings.unconfirmedApps.shorterThanLink", s -> {
                    s.getEnrolment().setQrLinkLifetimeMinutes(1440);
                    s.getRetention().setUnconfirmedAppHours(23);
                }),
                bad("settings.sentMessages.range", s -> s.getRetention().setSentMessageDays(0)),
                bad("settings.auditRetention.range", s -> s.getRetention().setAuditRetentionDays(7)),
                bad("settings.auditRetention.range", s -> s.getRetention().setAuditRetentionDays(-1)));
    }

    private static Arguments bad(String problem, Consumer<SystemSettings> change) {
        return Arguments.of(problem, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void eachBadValueIsNamed(String problem, Consumer<SystemSettings> change) {
        SystemSettings settings = new SystemSettings();
        change.accept(settings);
        assertTrue(settings.problems(false).contains(problem), () -> settings.problems(false).toString());
    }

    @Test
    void anAuditRetentionOfZeroKeepsEveryEvent() {
        SystemSettings settings = new SystemSettings();
        settings.getRetention().setAuditRetentionDays(0);
        assertEquals(List.of(), settings.problems(false));
        assertEquals(Optional.empty(), settings.getRetention().cutoffs(Instant.parse("2026-12-02T12:00:00Z")).auditBefore());
    }

    static Stream<Arguments> cutoffs() {
        return Stream.of(
                Arguments.of("defaults", (Consumer<SystemSettings>) s -> { },
                        new RetentionCutoffs(Instant.parse("2026-03-28T12:00:00Z"), Instant.parse("2026-03-28T12:00:00Z"),
                                Instant.parse("2026-02-27T12:00:00Z"), Optional.of(Instant.parse("2025-03-29T12:00:00Z")))),
                Arguments.of("shortest", (Consumer<SystemSettings>) s -> {
                    s.getRetention().setExpiredRecordHours(1);
                    s.getRetention().setUnconfirmedAppHours(1);
                    s.getEnrolment().setQrLinkLifetimeMinutes(60);
                    s.getRetention().setSentMessageDays(1);
                    s.getRetention().setAuditRetentionDays(30);
                }, new RetentionCutoffs(Instant.parse("2026-03-29T11:00:00Z"), Instant.parse("2026-03-29T11:00:00Z"),
                        Instant.parse("2026-03-28T12:00:00Z"), Optional.of(Instant.parse("2026-02-27T12:00:00Z")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cutoffs")
    void theCleanUpDeletesWhatIsOlderThanEachPeriod(String name, Consumer<SystemSettings> change, RetentionCutoffs expected) {
        SystemSettings settings = new SystemSettings();
        change.accept(settings);
        assertEquals(List.of(), settings.problems(false));
        assertEquals(expected, settings.getRetention().cutoffs(Instant.parse("2026-03-29T12:00:00Z")));
    }

    @Test
    void smsMayBeAllowedOnceAGatewayIsReady() {
        SystemSettings settings = new SystemSettings();
        settings.setAllowedMethods(EnumSet.of(TwoFactorMethod.TOTP, TwoFactorMethod.SMS));
        assertEquals(List.of(), settings.problems(true));
    }

    @Test
    void aCopyTakesEveryValueAndNamesWhatChanged() {
        SystemSettings saved = new SystemSettings();
        SystemSettings edited = saved.copy();
        edited.setAllowedMethods(EnumSet.of(TwoFactorMethod.TOTP, TwoFactorMethod.EMAIL));
        edited.getLockout().setLockoutThreshold(5);
        assertEquals(List.of("allowedMethods", "lockoutThreshold"), edited.changedSince(saved));

        SystemSettings before = saved.copy();
        saved.takeValuesOf(edited);
        assertEquals(List.of(), saved.changedSince(edited));
        assertEquals(List.of("allowedMethods", "lockoutThreshold"), saved.changedSince(before));
    }
}
