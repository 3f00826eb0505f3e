package org.twofold.domain.delivery;

/** Why a message is sent, for the delivery queue in the console and the audit log. */
public enum MessagePurpose {
    SIGN_IN_CODE,
    ENROLMENT_LINK,
    SECURITY_NOTICE,
    TEST
}
