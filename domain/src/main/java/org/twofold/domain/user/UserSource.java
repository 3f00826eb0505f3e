package org.twofold.domain.user;

/** Where a user's password and details are kept. */
public enum UserSource {
    /** In Twofold's database: an admin created the account and Twofold checks the password. */
    LOCAL,
    /**
     * In the company directory: the first sign-in created the record, the directory checks the
     * password, and name, addresses, phones and mapped roles are copied from it at each sign-in.
     */
    DIRECTORY
}
