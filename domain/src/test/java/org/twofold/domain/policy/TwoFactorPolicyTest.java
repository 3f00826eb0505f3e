package org.twofold.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwoFactorPolicyTest {

    @ParameterizedTest(name = "enabled={0} all={1} roles={2} -> {3}")
    @CsvSource({
        "false, true,  true,  false",
        "false, false, true,  false",
        "true,  true,  false, true",
        "true,  false, true,  true",
        "true,  false, false, false",
        "true,  true,  true,  true"
    })
    void decidesFromTheSwitchTheAllRoleAndTheUsersRoles(boolean enabled, boolean all, boolean userRole, boolean expected) {
        assertEquals(expected, TwoFactorPolicy.requiresSecondFactor(enabled, all, List.of(false, userRole)));
    }
}
