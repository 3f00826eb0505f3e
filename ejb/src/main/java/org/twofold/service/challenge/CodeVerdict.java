package org.twofold.service.challenge;

/** What checking a typed code against the sign-in's latest sent code found. */
public enum CodeVerdict {
    ACCEPTED,
    WRONG,
    /** Wrong, and that was the code's last try: it no longer works, and the person needs a new one. */
    WRONG_LAST_TRY,
    /** No open code: used, expired, replaced, or out of tries; a new one is needed. */
    NO_OPEN_CODE
}
