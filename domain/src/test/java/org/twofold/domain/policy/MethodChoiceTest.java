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

    @ParameterizedTest(name = "preferred={0} default={1} allowed={2} email={3} phone={4} -> {5}")
    @CsvSource(nullValues = "none", value = {
        "none,  TOTP,  TOTP,            true,  true,  TOTP",
        "EMAIL, TOTP,  TOTP+EMAIL,      true,  false, EMAIL",
        "EMAIL, TOTP,  TOTP,            true,  false, TOTP",   // not allowed
        "EMAIL, TOTP,  TOTP+EMAIL,      false, false, TOTP",   // nowhere to send it
        "SMS,   EMAIL, TOTP+EMAIL+SMS,  true,  false, EMAIL",  // no phone: the default
        "SMS,   EMAIL, TOTP+EMAIL+SMS,  true,  true,  SMS",
        "none,  SMS,   TOTP+SMS,        false, true,  SMS",
        "none,  SMS,   TOTP+SMS,        false, false, TOTP",
        "TOTP,  EMAIL, TOTP+EMAIL,      true,  true,  TOTP"
    })
    void picksTheFirstAllowedAndReachableMethod(TwoFactorMethod preferred, TwoFactorMethod systemDefault,
                                                String allowedList, boolean hasEmail, boolean hasPhone,
                                                TwoFactorMethod expected) {
        assertEquals(expected, MethodChoice.effective(preferred, systemDefault, allowed(allowedList), hasEmail, hasPhone));
    }

    @ParameterizedTest(name = "waiting for {0}, allowed={1} app={2} email={3} phone={4} -> {5}")
    @CsvSource(value = {
        "TOTP,  TOTP+EMAIL+SMS,  true,  true,  true,  EMAIL+SMS",
        "TOTP,  TOTP+EMAIL,      true,  true,  true,  EMAIL",      // SMS not allowed
        "TOTP,  TOTP+EMAIL+SMS,  true,  false, true,  SMS",        // no address
        "TOTP,  TOTP,            true,  true,  true,  ''",
        "EMAIL, TOTP+EMAIL,      true,  true,  false, TOTP",
        "EMAIL, TOTP+EMAIL,      false, true,  false, ''",         // no app set up yet: not offered
        "SMS,   TOTP+EMAIL+SMS,  true,  true,  true,  TOTP+EMAIL",
        "EMAIL, EMAIL+SMS,       true,  true,  true,  SMS"         // an app the admin no longer allows
    })
    void tryAnotherWayOffersEachOtherAllowedMethodTheUserCanUseNow(TwoFactorMethod current, String allowed,
                                                                   boolean hasApp, boolean hasEmail, boolean hasPhone,
                                                                   String expected) {
        String others = String.join("+", MethodChoice.alternatives(current, allowed(allowed), hasApp, hasEmail, hasPhone)
                .stream().map(Enum::name).toList());
        assertEquals(expected, others);
    }
}
