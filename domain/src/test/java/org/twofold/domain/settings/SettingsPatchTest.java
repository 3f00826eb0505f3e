package org.twofold.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Settings by name, with values as JSON gives them: each of its own type, never converted. */
class SettingsPatchTest {

    static Stream<Arguments> taken() {
        return Stream.of(
                Arguments.of("twoFactorEnabled", false, "false"),
                Arguments.of("lockoutThreshold", new BigDecimal("5"), "5"),
                Arguments.of("lockoutThreshold", new BigDecimal("7.0"), "7"),
                Arguments.of("allowedMethods", List.of("totp", "EMAIL"), "[TOTP, EMAIL]"),
                Arguments.of("allowedMethods", List.of(), "[]"),
                Arguments.of("defaultMethod", "email", "EMAIL"),
                Arguments.of("totpAlgorithm", "SHA256", "SHA256"),
                Arguments.of("otpIssuer", "Acme Corp", "Acme Corp"),
                Arguments.of("rememberDeviceDays", 30, "30"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @MethodSource("taken")
    void aValueOfItsTypeIsTaken(String name, Object value, String expected) {
        SystemSettings settings = new SystemSettings();
        assertEquals(List.of(), SettingsPatch.apply(settings, Map.of(name, value)));
        assertEquals(expected, String.valueOf(settings.summary().get(name)));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("lockoutThreshold", "five", "lockoutThreshold: must be a whole number"),
                Arguments.of("totpDigits", "6", "totpDigits: must be a whole number"),
                Arguments.of("totpDigits", new BigDecimal("6.5"), "totpDigits: must be a whole number"),
                Arguments.of("twoFactorEnabled", "yes", "twoFactorEnabled: must be true or false"),
                Arguments.of("twoFactorEnabled", "false", "twoFactorEnabled: must be true or false"),
                Arguments.of("twoFactorEnabled", 0, "twoFactorEnabled: must be true or false"),
                Arguments.of("defaultMethod", "PIGEON", "defaultMethod: must be one of TOTP, EMAIL, SMS, PASSKEY"),
                Arguments.of("defaultMethod", 1, "defaultMethod: must be one of TOTP, EMAIL, SMS, PASSKEY"),
                Arguments.of("allowedMethods", "TOTP", "allowedMethods: must be an array of TOTP, EMAIL, SMS, PASSKEY"),
                Arguments.of("allowedMethods", List.of("TOTP", "FAX"), "allowedMethods: must be an array of TOTP, EMAIL, SMS, PASSKEY"),
                Arguments.of("otpIssuer", 5, "otpIssuer: must be a string"),
                Arguments.of("colour", "blue", "colour: no such setting"));
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @MethodSource("refused")
    void aValueOfAnotherTypeOrAnUnknownNameIsNamedAndChangesNothing(String name, Object value, String problem) {
        SystemSettings settings = new SystemSettings();
        assertEquals(List.of(problem), SettingsPatch.apply(settings, Map.of(name, value)));
        assertEquals(new SystemSettings().summary(), settings.summary());
    }

    @Test
    void everySettingIsDescribedOnceAndItsValueGoesBackInAsTheApiShowsIt() {
        SystemSettings original = new SystemSettings();
        List<String> names = SettingCatalog.ALL.stream().map(Setting::name).toList();
        assertEquals(names.stream().distinct().toList(), names);
        assertEquals(names, List.copyOf(original.summary().keySet()));
        Map<String, Object> asJson = new LinkedHashMap<>();
        original.summary().forEach((name, value) -> asJson.put(name, asJson(value)));
        SystemSettings copy = new SystemSettings();
        copy.getLockout().setLockoutThreshold(99);
        assertEquals(List.of(), SettingsPatch.apply(copy, asJson));
        assertEquals(original.summary(), copy.summary());
    }

    /** A value as JSON would carry it: a set of methods as an array of names, a choice as its name. */
    private static Object asJson(Object value) {
        if (value instanceof Collection<?> methods) {
            return methods.stream().map(method -> ((Enum<?>) method).name()).toList();
        }
        return value instanceof Enum<?> choice ? choice.name() : value;
    }
}
