package org.twofold.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.network.Cidr;
import org.twofold.domain.user.UserType;

class TwoFactorPolicyTest {

    @ParameterizedTest(name = "[{index}] enabled={0} all={1} role={2} own={3} admin={4} {5} website={6} bypass={7} ip={8} -> {9}")
    @CsvSource({
        // the switch, the role "All" and the user's own roles
        "false, true,  true,  false, false, SYSTEM,  false, false, 10.1.2.3,    false",
        "true,  true,  false, false, false, SYSTEM,  false, false, 10.1.2.3,    true",
        "true,  false, true,  false, false, SYSTEM,  false, false, 10.1.2.3,    true",
        "true,  false, false, false, false, SYSTEM,  false, false, 10.1.2.3,    false",
        // Website (portal) users only when included
        "true,  true,  true,  false, false, WEBSITE, false, false, 10.1.2.3,    false",
        "true,  true,  true,  false, false, WEBSITE, true,  false, 10.1.2.3,    true",
        // the IP allow-list counts only when bypass is allowed
        "true,  true,  true,  false, false, SYSTEM,  false, false, 192.168.5.5, true",
        "true,  true,  true,  false, false, SYSTEM,  false, true,  192.168.5.5, false",
        "true,  true,  true,  false, false, SYSTEM,  false, true,  203.0.113.9, true",
        "true,  true,  true,  false, false, SYSTEM,  false, true,  ,            true",
        // an Administrator always: no role flag, Website type or network exempts the console
        "true,  false, false, false, true,  SYSTEM,  false, false, 10.1.2.3,    true",
        "true,  true,  true,  false, true,  WEBSITE, false, false, 10.1.2.3,    true",
        "true,  true,  true,  false, true,  SYSTEM,  false, true,  192.168.5.5, true",
        // a user who chose a second step for themselves, though no role asks it: like a flagged role
        "true,  false, false, true,  false, SYSTEM,  false, false, 10.1.2.3,    true",
        "true,  false, false, true,  false, WEBSITE, false, false, 10.1.2.3,    true",
        "true,  false, false, true,  false, SYSTEM,  false, true,  192.168.5.5, false",
        "false, false, false, true,  false, SYSTEM,  false, false, 10.1.2.3,    false",
        // but the global switch off is off for everyone
        "false, true,  true,  false, true,  SYSTEM,  false, false, 10.1.2.3,    false"
    })
    void decides(boolean enabled, boolean all, boolean role, boolean own, boolean admin, UserType type,
                 boolean websiteIncluded, boolean bypassAllowed, String ip, boolean expected) {
        TwoFactorPolicy.Request request = new TwoFactorPolicy.Request(enabled, all, List.of(false, role), own, admin, type,
                websiteIncluded, bypassAllowed, Cidr.parseList("192.168.0.0/16"), ip);
        assertEquals(expected, TwoFactorPolicy.requiresSecondFactor(request));
    }
}
