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
    ADMIN_SEEDED,
    ENROLMENT_DEFERRED,
    SESSION_EXPIRED,
    SETTINGS_CHANGED,
    SMS_SETTINGS_CHANGED,
    ROLE_CREATED,
    ROLE_RENAMED,
    ROLE_DELETED,
    ROLE_FLAG_CHANGED,
    USER_CREATED,
    USER_CHANGED,
    USER_ENABLED,
    USER_DISABLED,
    USER_UNLOCKED,
    FACTORS_RESET,
    SESSIONS_ENDED,
    TEST_MESSAGE_SENT,
    MESSAGE_RETRIED,
    AUDIT_EVENTS_DELETED,
    RECOVERY_CODES_CREATED,
    RECOVERY_CODE_USED,
    DEVICE_REMEMBERED,
    DEVICES_FORGOTTEN,
    PASSWORD_CONFIRMED,
    FACTOR_REMOVED,
    SECOND_STEP_SWITCHED,
    CODE_SENT_TO_CONFIRM,
    DEFAULT_FACTOR_CHANGED,
    OWN_SECOND_STEP_CHANGED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    API_KEY_REFUSED,
    DIRECTORY_CHANGED,
    /** A person of the company directory signed in for the first time: their record was made. */
    DIRECTORY_USER_CREATED,
    APPLICATION_CREATED,
    APPLICATION_CHANGED,
    APPLICATION_DELETED,
    APPLICATION_SECRET_CHANGED,
    /** Another application got a sign-in (an authorization code redeemed, or a forward-auth request let through once per session). */
    APP_SIGN_IN_ISSUED,
    /** Another application asked for a sign-in and was refused: which one, for whom, why. */
    APP_SIGN_IN_REFUSED,
    SIGNING_KEY_ROTATED,
    /** A user renamed one of their factors (a passkey). */
    FACTOR_RENAMED,
    /** A passkey's signature counter went backwards: it may have been cloned. The sign-in was refused. */
    PASSKEY_CLONE_SUSPECTED,
    /** An administrator made an online backup of the database; the detail names its folder. */
    BACKUP_CREATED
}
