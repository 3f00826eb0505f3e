package org.twofold.domain.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.twofold.domain.user.Role;

/**
 * The roles a directory user holds after a sign-in. Roles that the mapping names are the
 * directory's to give: held exactly when one of the user's groups maps to them. Roles no
 * mapping names stay as an admin set them. Roles are compared by name (names are unique).
 */
public final class GroupRoles {

    private GroupRoles() {
    }

    public static Set<Role> after(Set<Role> held, List<String> groups, List<GroupRole> mapping) {
        Set<String> mapped = new LinkedHashSet<>();
        Set<Role> result = new LinkedHashSet<>();
        for (GroupRole line : mapping) {
            mapped.add(line.getRole().getName());
        }
        for (Role role : held) {
            if (!mapped.contains(role.getName())) {
                result.add(role);
            }
        }
        for (GroupRole line : mapping) {
            boolean member = groups.stream().anyMatch(line::matches);
            if (member && result.stream().noneMatch(role -> role.getName().equals(line.getRole().getName()))) {
                result.add(line.getRole());
            }
        }
        return result;
    }
}
