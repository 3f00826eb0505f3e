package org.twofold.service.admin;

import java.time.Instant;
import java.util.List;

/**
 * What the console's dashboard shows: sign-in outcomes per hour over the last day, second
 * factor adoption per role, and the warnings an admin should act on (message keys).
 */
public record DashboardFacts(List<Instant> hours, List<Long> succeeded, List<Long> wrongCodes, List<Long> lockouts,
                             List<RoleAdoption> adoption, List<String> warnings, List<String> adminsWithoutFactor) {

    /** Of a role's members, how many have a second factor ready (an app, or a method with an address). */
    public record RoleAdoption(String role, long members, long withFactor) {

        public int percent() {
            return members == 0 ? 0 : (int) (withFactor * 100 / members);
        }
    }
}
