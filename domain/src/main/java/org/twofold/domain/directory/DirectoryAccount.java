package org.twofold.domain.directory;

import java.util.List;
import java.util.Optional;

/**
 * A person's entry as read from the directory: what Twofold copies into its own record at
 * each sign-in, and why the directory does not let them in, if it does not.
 *
 * @param login         the login attribute's value, lower-cased (directories compare it ignoring case)
 * @param groups        the distinguished names of the groups the person is in
 * @param refusedReason for the audit log, e.g. "disabled in the directory"; empty when usable
 */
public record DirectoryAccount(String dn, String login, String displayName, List<String> emailAddresses,
                               List<String> phoneNumbers, List<String> groups, Optional<String> refusedReason) {

    public boolean usable() {
        return refusedReason.isEmpty();
    }
}
