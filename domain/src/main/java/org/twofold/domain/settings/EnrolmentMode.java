package org.twofold.domain.settings;

/** How a user without an authenticator app sets one up at sign-in. */
public enum EnrolmentMode {
    /** By emailed link when mail is configured and the user has an address; else on screen. */
    AUTO,
    /** The QR code on the page that follows the password. */
    ON_SCREEN,
    /** An expiring, single-use link by email (Frappe's flow); on screen for users without an address. */
    EMAILED_LINK;

    /** Whether this sign-in enrols by emailed link. */
    public boolean byLink(boolean mailConfigured, boolean userHasEmail) {
        return switch (this) {
            case AUTO -> mailConfigured && userHasEmail;
            case ON_SCREEN -> false;
            case EMAILED_LINK -> userHasEmail;
        };
    }
}
