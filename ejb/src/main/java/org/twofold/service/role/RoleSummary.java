package org.twofold.service.role;

import java.io.Serializable;

/** A role as the console lists it: its flag, whether it is built in, and how many users hold it. */
public record RoleSummary(long id, String name, boolean requiresTwoFactor, boolean builtIn, long members) implements Serializable {
}
