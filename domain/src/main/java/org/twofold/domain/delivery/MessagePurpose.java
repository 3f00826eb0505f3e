package org.twofold.domain.delivery;

/** Why a message is sent, for the delivery queue in the console and the audit log. */
public enum MessagePurpose {
    SIGN_IN_CODE,
    ENROLMENT_LINK,
    SECURITY_NOTICE,
    TEST;

    /** Whether the body holds a code or a link that works as a credential. */
    public boolean holdsSecret() {
        return this == SIGN_IN_CODE || this == ENROLMENT_LINK;
    }
}
