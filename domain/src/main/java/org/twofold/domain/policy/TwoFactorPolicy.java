package org.twofold.domain.policy;

import java.util.Collection;

/**
 * Whether a sign-in needs a second factor. A pure function so every case can be tabled
 * in a unit test; the console issue adds user type, IP allow-lists and grace periods.
 */
public final class TwoFactorPolicy {

    private TwoFactorPolicy() {
    }

    /**
     * @param twoFactorEnabled   the global switch
     * @param allRoleFlagged     whether the role "All", which everyone holds, is flagged
     * @param userRoleFlags      the flag of each role the user holds
     */
    public static boolean requiresSecondFactor(boolean twoFactorEnabled, boolean allRoleFlagged,
                                               Collection<Boolean> userRoleFlags) {
        if (!twoFactorEnabled) {
            return false;
        }
        return allRoleFlagged || userRoleFlags.contains(Boolean.TRUE);
    }
}
