package org.twofold.service.useradmin;

import java.io.Serializable;
import java.util.List;
import org.twofold.domain.user.UserType;

/** A user as the console's list shows them. */
public record UserRow(long id, String username, String displayName, UserType type, boolean enabled,
                      List<String> roles, boolean locked, boolean appEnrolled, String method, boolean fromDirectory) implements Serializable {

    public String rolesText() {
        return String.join(", ", roles);
    }
}
