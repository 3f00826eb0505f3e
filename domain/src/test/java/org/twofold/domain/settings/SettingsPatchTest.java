package org.twofold.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsPatchTest {

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "twoFactorEnabled     | false       | false",
        "twoFactorEnabled     | TRUE        | true",
        "lockoutThreshold     | 5           | 5",
        "lockoutThreshold     | ' 7 '       | 7",
        "allowedMethods       | totp,EMAIL  | [TOTP, EMAIL]",
        "defaultMethod        | email       | EMAIL",
        "totpAlgorithm        | sha256      | SHA256",
        "otpIssuer            | Acme Corp   | Acme Corp",
        "rememberDeviceDays   | 30          | 30"
    })
    void aValueIsParsedIntoTheNamedSetting(String name, String value, String expected) {
        SystemSettings settings = new SystemSettings();
        assertEquals(List.of(), SettingsPatch.apply(settings, Map.of(name, value)));
        assertEquals(expected, String.valueOf(settings.summary().get(name)));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "lockoutThreshold     | five        | lockoutThreshold: not a whole number",
        "twoFactorEnabled     | yes         | twoFactorEnabled: true or false",
        "defaultMethod        | PIGEON      | defaultMethod: one of TOTP, EMAIL, SMS",
        "colour               | blue        | colour: no such setting",
        "defaultMethod        | ''          | defaultMethod: one of TOTP, EMAIL, SMS"
    })
    void anUnknownNameOrAValueThatDoesNotParseIsNamed(String name, String value, String problem) {
        SystemSettings settings = new SystemSettings();
        assertEquals(List.of(problem), SettingsPatch.apply(settings, Map.of(name, value)));
    }

    @Test
    void everySettingOfTheSummaryCanBeSetByName() {
        assertEquals(new SystemSettings().summary().keySet(), SettingsPatch.names());
        SystemSettings settings = new SystemSettings();
        assertTrue(SettingsPatch.apply(settings, Map.of("allowedMethods", "")).isEmpty());
        assertEquals(EnumSet.noneOf(TwoFactorMethod.class), settings.getAllowedMethods(), "then the settings' own check refuses it");
    }
}
