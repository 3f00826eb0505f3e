package org.twofold.service.user;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;

/** Who a fully signed-in session belongs to, and the role names the container should know. */
public record SignedInUser(String username, String displayName, Set<String> roles) implements Serializable {

    /** The user with their roles, plus "All", which everyone holds. */
    public static SignedInUser of(User user) {
        Set<String> roles = new TreeSet<>();
        roles.add(Role.ALL);
        user.getRoles().forEach(r -> roles.add(r.getName()));
        return new SignedInUser(user.getUsername(), user.getDisplayName(), roles);
    }

    public SignedInUser without(String role) {
        Set<String> kept = new TreeSet<>(roles);
        kept.remove(role);
        return new SignedInUser(username, displayName, kept);
    }
}
