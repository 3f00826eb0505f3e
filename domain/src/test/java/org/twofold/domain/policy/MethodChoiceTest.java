package org.twofold.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.user.TwoFactorMethod;

class MethodChoiceTest {

    private static Set<TwoFactorMethod> allowed(String list) {
        Set<TwoFactorMethod> set = EnumSet.noneOf(TwoFactorMethod.class);
        for (String name : list.split("\\+")) {
            set.add(TwoFactorMethod.valueOf(name));
        }
        return set;
    }

    @ParameterizedTest(name = "preferred={0} default={1} allowed={2} email={3} phone={4} passkey={5} -> {6}")
    @CsvSource(nullValues = "none", value = {
        "none,    TOTP,    TOTP,               true,  true,  false, TOTP",
        "EMAIL,   TOTP,    TOTP+EMAIL,         true,  false, false, EMAIL",
        "EMAIL,   TOTP,    TOTP,               true,  false, false, TOTP",   // not allowed
        "EMAIL,   TOTP,    TOTP+EMAIL,         false, false, false, TOTP",   // nowhere to send it
        "SMS,     EMAIL,   TOTP+EMAIL+SMS,     true,  false, false, EMAIL",  // no phone: the default
        "SMS,     EMAIL,   TOTP+EMAIL+SMS,     true,  true,  false, SMS",
        "none,    SMS,     TOTP+SMS,           false, true,  false, SMS",
        "none,    SMS,     TOTP+SMS,           false, false, false, TOTP",
        "TOTP,    EMAIL,   TOTP+EMAIL,         true,  true,  false, TOTP",
        "PASSKEY, TOTP,    TOTP+PASSKEY,       false, false, true,  PASSKEY",
        "PASSKEY, TOTP,    TOTP+PASSKEY,       false, false, false, TOTP",   // none registered: an app
        "PASSKEY, EMAIL,   TOTP+EMAIL,         true,  false, true,  EMAIL",  // no longer allowed
        "none,    PASSKEY, TOTP+PASSKEY,       false, false, true,  PASSKEY"
    })
    void picksTheFirstAllowedAndReachableMethod(TwoFactorMethod preferred, TwoFactorMethod systemDefault,
                                                String allowedList, boolean hasEmail, boolean hasPhone, boolean hasPasskey,
                                                TwoFactorMethod expected) {
        assertEquals(expected, MethodChoice.effective(preferred, systemDefault, allowed(allowedList), hasEmail, hasPhone, hasPasskey));
    }

    @ParameterizedTest(name = "waiting for {0}, allowed={1} app={2} email={3} phone={4} passkey={5} -> {6}")
    @CsvSource(value = {
        "TOTP,    TOTP+EMAIL+SMS,          true,  true,  true,  false, EMAIL+SMS",
        "TOTP,    TOTP+EMAIL,              true,  true,  true,  false, EMAIL",      // SMS not allowed
        "TOTP,    TOTP+EMAIL+SMS,          true,  false, true,  false, SMS",        // no address
        "TOTP,    TOTP,                    true,  true,  true,  false, ''",
        "EMAIL,   TOTP+EMAIL,              true,  true,  false, false, TOTP",
        "EMAIL,   TOTP+EMAIL,              false, true,  false, false, ''",         // no app set up yet: not offered
        "SMS,     TOTP+EMAIL+SMS,          true,  true,  true,  false, TOTP+EMAIL",
        "EMAIL,   EMAIL+SMS,               true,  true,  true,  false, SMS",        // an app the admin no longer allows
        "PASSKEY, TOTP+PASSKEY,            true,  false, false, true,  TOTP",
        "TOTP,    TOTP+PASSKEY,            true,  false, false, true,  PASSKEY",
        "TOTP,    TOTP+PASSKEY,            true,  false, false, false, ''",         // no passkey yet: not offered
        "TOTP,    TOTP+EMAIL,              true,  true,  false, true,  EMAIL"       // passkeys not allowed
    })
    void tryAnotherWayOffersEachOtherAllowedMethodTheUserCanUseNow(TwoFactorMethod current, String allowed,
                                                                   boolean hasApp, boolean hasEmail, boolean hasPhone,
                                                                   boolean hasPasskey, String expected) {
        String others = String.join("+", MethodChoice.alternatives(current, allowed(allowed), hasApp, hasEmail, hasPhone, hasPasskey)
                .stream().map(Enum::name).toList());
        assertEquals(expected, others);
    }
}
