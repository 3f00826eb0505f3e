package org.twofold.service.schema;

import java.util.List;

/** The database holds changesets this release does not know: a newer release upgraded it. */
public class SchemaTooNewException extends Exception {

    private final List<String> unknownChangeSets;

    public SchemaTooNewException(List<String> unknownChangeSets) {
        super("The database was upgraded by a newer release of Twofold (changesets " + unknownChangeSets
                + " are unknown to this one). This release will not open it: start the newer release again, "
                + "or restore the backup taken before the upgrade.");
        this.unknownChangeSets = List.copyOf(unknownChangeSets);
    }

    public List<String> unknownChangeSets() {
        return unknownChangeSets;
    }
}
