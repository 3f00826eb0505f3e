package org.twofold.service.admin;

import java.time.Instant;
import java.util.List;

/**
 * What the console's dashboard shows: sign-in outcomes per hour over the last day, second
 * factor adoption per role, the warnings an admin should act on (message keys), and the
 * accounts locked now.
 */
public record DashboardFacts(List<Instant> hours, List<Long> succeeded, List<Long> wrongCodes, List<Long> lockouts,
                             List<RoleAdoption> adoption, List<String> warnings, List<String> adminsWithoutFactor,
                             List<LockedAccount> lockedAccounts) {

    /** An account refused now; {@code until} is null when only an admin's Unlock opens it. */
    public record LockedAccount(String username, int failures, Instant until) {
    }

    /** Of a role's members, how many have a second factor ready (an app, or a method with an address). */
    public record RoleAdoption(String role, long members, long withFactor) {

        public int percent() {
            return members == 0 ? 0 : (int) (withFactor * 100 / members);
        }
    }
}
