package org.twofold.service.oidc;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;

/**
 * What Twofold tells an application about a person: a subject that stays when the username
 * changes (the account's number), the names, the first email address, and the roles as groups
 * ("All", which everyone holds, left out).
 */
public record SignedInClaims(String subject, String username, String name, String email, List<String> groups) {

    public static SignedInClaims of(User user) {
        Set<String> groups = new TreeSet<>();
        user.getRoles().stream().map(Role::getName).filter(name -> !Role.ALL.equals(name)).forEach(groups::add);
        return new SignedInClaims(subjectOf(user), user.getUsername(), user.getDisplayName(),
                user.primaryEmail().orElse(null), List.copyOf(groups));
    }

    public static String subjectOf(User user) {
        return String.valueOf(user.getId());
    }
}
