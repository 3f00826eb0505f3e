package org.twofold.cli;

import java.util.Locale;

/** The yes/no words a command line takes. */
final class Flags {

    private Flags() {
    }

    /** {@code true/false}, {@code on/off}, {@code yes/no}. */
    static boolean bool(String value) throws UsageException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true": case "on": case "yes":
                return true;
            case "false": case "off": case "no":
                return false;
            default:
                throw new UsageException("expected true or false (or on/off), not '" + value + "'");
        }
    }
}
