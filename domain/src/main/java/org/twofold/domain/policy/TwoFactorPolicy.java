package org.twofold.domain.policy;

import java.util.Collection;
import java.util.List;
import org.twofold.domain.network.Cidr;
import org.twofold.domain.user.UserType;

/**
 * Whether a sign-in needs a second factor. A pure function so every case can be tabled in a
 * unit test. (The console issue adds an enrolment grace period.)
 */
public final class TwoFactorPolicy {

    private TwoFactorPolicy() {
    }

    /**
     * What the decision depends on.
     *
     * @param twoFactorEnabled     the global switch
     * @param allRoleFlagged       whether the role "All", which everyone holds, is flagged
     * @param userRoleFlags        the flag of each role the user holds
     * @param chosenByUser         whether the user chose a second step for themselves (Security page)
     * @param administrator        whether the user holds the Administrator role: then no exemption applies
     * @param userType             System users are always subject to the policy
     * @param websiteUsersIncluded whether Website (portal) users are too
     * @param ipBypassAllowed      whether a listed network may skip the second factor
     * @param bypassNetworks       the global and the user's own allowed networks
     * @param clientIp             the client's address, as far as it can be trusted
     */
    public record Request(boolean twoFactorEnabled, boolean allRoleFlagged, Collection<Boolean> userRoleFlags,
                          boolean chosenByUser, boolean administrator, UserType userType, boolean websiteUsersIncluded, boolean ipBypassAllowed,
                          List<Cidr> bypassNetworks, String clientIp) {
    }

    /**
     * Whether the user's roles (or the Administrator role) ask for a second step, networks
     * aside: then the user may not switch it off, nor remove their last factor.
     */
    public static boolean requiredByRoles(Request request) {
        if (!request.twoFactorEnabled()) {
            return false;
        }
        if (request.administrator()) {
            return true;
        }
        if (request.userType() == UserType.WEBSITE && !request.websiteUsersIncluded()) {
            return false;
        }
        return request.allRoleFlagged() || request.userRoleFlags().contains(Boolean.TRUE);
    }

    public static boolean requiresSecondFactor(Request request) {
        if (!request.twoFactorEnabled()) {
            return false;
        }
        if (request.administrator()) {
            return true; // the console is never a password away: no role flag, user type or network exempts it
        }
        if (!request.chosenByUser() && !requiredByRoles(request)) {
            return false;
        }
        return !(request.ipBypassAllowed() && Cidr.anyContains(request.bypassNetworks(), request.clientIp()));
    }
}
