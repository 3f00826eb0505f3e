package org.twofold.service.directory;

import java.util.List;
import org.twofold.domain.directory.DirectoryConfig;
import org.twofold.domain.directory.GroupRole;

/** What one conversation with the directory needs: the settings, the opened service password and the role mapping. */
public record DirectoryConnection(DirectoryConfig config, String bindPassword, List<GroupRole> groupRoles) {

    @Override
    public String toString() {
        return "DirectoryConnection[" + config.urls() + "]"; // never the password
    }
}
