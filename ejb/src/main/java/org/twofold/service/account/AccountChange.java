package org.twofold.service.account;

/** How a change a user asked for on the Security page went. */
public enum AccountChange {
    DONE,
    /** The password was not confirmed within the last {@link PasswordConfirmation#REAUTHENTICATION}: nothing changed. */
    PASSWORD_NEEDED,
    /** There was nothing of this user's to change (a browser forgotten meanwhile, say). */
    NOT_FOUND,
    /** The code does not match the new app (counted like a wrong sign-in code): nothing changed. */
    WRONG_CODE,
    /** Too many wrong attempts: the account or address is locked for now. */
    LOCKED,
    /** It is the user's last second factor: an admin's reset is the way to replace it. */
    LAST_FACTOR,
    /** The admin does not allow this method, or the address or number is not the user's own. */
    NOT_ALLOWED,
    /** No code went out: too many codes for this user or address lately. */
    NOT_SENT,
    /** The user's roles ask for a second step: it cannot be switched off. */
    REQUIRED,
    /** A second step needs a confirmed factor first. */
    NO_FACTOR_YET,
    /** The name is empty or too long: nothing changed. */
    INVALID_NAME,
    /** The authenticator's answer was not accepted (cancelled, another site's, an old challenge): nothing changed. */
    PASSKEY_REFUSED,
    /** This passkey is registered already; nothing changed. */
    PASSKEY_KNOWN,
    /** The administrator allows only certain authenticator models, and this is not one of them. */
    PASSKEY_MODEL_NOT_ALLOWED
}
