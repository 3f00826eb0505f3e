package org.twofold.domain.audit;

/** What the audit log records. Never a code, secret or password. */
public enum AuditEventType {
    PASSWORD_FAILED,
    PASSWORD_ACCEPTED,
    SECOND_FACTOR_FAILED,
    ACCOUNT_LOCKED,
    SIGN_IN_BLOCKED_LOCKED,
    SIGN_IN_SUCCEEDED,
    FACTOR_ENROLLED,
    SIGNED_OUT,
    CODE_RESENT,
    ADMIN_SEEDED
}
