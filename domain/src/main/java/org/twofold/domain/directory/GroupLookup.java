package org.twofold.domain.directory;

/** How a user's groups are found. */
public enum GroupLookup {
    /** The user entry's {@code memberOf} values (Active Directory, OpenLDAP with the memberof overlay, FreeIPA). */
    MEMBER_OF,
    /** A search under the group base for groups whose member attribute holds the user's DN. */
    GROUP_SEARCH,
    /** Groups are not read: no role comes from the directory. */
    NONE
}
