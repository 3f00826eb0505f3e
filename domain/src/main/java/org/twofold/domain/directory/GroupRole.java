package org.twofold.domain.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Optional;
import org.twofold.domain.user.Role;

/**
 * Members of this directory group hold this role. The group is named by its DN or by its
 * first value (the CN), either compared ignoring case.
 */
@Embeddable
public class GroupRole {

    @Column(name = "GROUPNAME", nullable = false, length = 500)
    private String group;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ROLE_ID")
    private Role role;

    protected GroupRole() {
    }

    public GroupRole(String group, Role role) {
        this.group = group;
        this.role = role;
    }

    /** Whether a group with this DN is the one this mapping names. */
    public boolean matches(String groupDn) {
        String wanted = group.trim();
        if (wanted.contains("=")) {
            return AccountAttributes.sameDn(wanted, groupDn);
        }
        Optional<String> name = AccountAttributes.firstValue(groupDn);
        return name.isPresent() && name.get().equalsIgnoreCase(wanted);
    }

    public String getGroup() {
        return group;
    }

    public Role getRole() {
        return role;
    }
}
