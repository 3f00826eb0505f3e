package org.twofold.service.directory;

import java.io.Serializable;
import java.util.List;

/**
 * What "Test connection" found: whether the directory answered and the service account could
 * search, and the named person as Twofold would see them.
 *
 * @param outcome  what happened
 * @param problem  the directory's explanation when it did not answer (no password in it); else null
 * @param roles    the Twofold roles the group mapping would give
 * @param refused  why the directory would refuse the person's sign-in, else null
 */
public record DirectoryTestResult(Outcome outcome, String problem, String dn, String login, String displayName,
                                  List<String> emailAddresses, List<String> phoneNumbers, List<String> groups,
                                  List<String> roles, String refused) implements Serializable {

    public enum Outcome {
        /** Connected, searched, and found exactly one person by that login. */
        FOUND,
        /** Connected and searched, but no one (or more than one) has that login. */
        NOT_FOUND,
        /** The directory did not answer, or refused the service account. */
        UNREACHABLE
    }

    static DirectoryTestResult of(Outcome outcome, String problem) {
        return new DirectoryTestResult(outcome, problem, null, null, null, List.of(), List.of(), List.of(), List.of(), null);
    }
}
