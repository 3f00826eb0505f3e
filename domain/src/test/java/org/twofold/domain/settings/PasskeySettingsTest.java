package org.twofold.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasskeySettingsTest {

    /** A relying party id is a host name; an address with a scheme, port or path is refused when saved. */
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(textBlock = """
        '',                             ok
        corp.example,                   ok
        twofold.corp.example,           ok
        localhost,                      ok
        https://twofold.corp.example,   settings.passkeyRelyingPartyId.invalid
        twofold.corp.example:8443,      settings.passkeyRelyingPartyId.invalid
        twofold.corp.example/login,     settings.passkeyRelyingPartyId.invalid
        -corp.example,                  settings.passkeyRelyingPartyId.invalid
        """)
    void theRelyingPartyIdIsAHostName(String id, String expected) {
        SystemSettings settings = new SystemSettings();
        settings.getPasskeys().setPasskeyRelyingPartyId(id);
        assertEquals(expected, settings.problems(false).stream().filter(p -> p.startsWith("settings.passkey")).findFirst().orElse("ok"));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                                                                          | ok
        cb69481e-8ff7-4039-93ec-0a2729a154a8                                        | ok
        CB69481E-8FF7-4039-93EC-0A2729A154A8, ee882879-721c-4913-9775-3dfcce97072a  | ok
        YubiKey 5                                                                   | settings.passkeyAllowedModels.invalid
        cb69481e-8ff7-4039-93ec                                                     | settings.passkeyAllowedModels.invalid
        """)
    void allowedModelsAreAaguids(String models, String expected) {
        SystemSettings settings = new SystemSettings();
        settings.getPasskeys().setPasskeyAllowedModels(models);
        assertEquals(expected, settings.problems(false).stream().filter(p -> p.startsWith("settings.passkey")).findFirst().orElse("ok"));
    }

    @Test
    void modelsAreComparedInLowerCase() {
        PasskeySettings passkeys = new PasskeySettings();
        passkeys.setPasskeyAllowedModels(" CB69481E-8FF7-4039-93EC-0A2729A154A8 ,ee882879-721c-4913-9775-3dfcce97072a ");
        assertEquals(List.of("cb69481e-8ff7-4039-93ec-0a2729a154a8", "ee882879-721c-4913-9775-3dfcce97072a"), passkeys.allowedModels());
    }
}
