package org.twofold.service.auditfeed;

import java.util.EnumSet;
import java.util.Set;
import org.twofold.domain.audit.AuditEventType;

/** Whether an audit event records something refused or failed, for a SIEM's rules and the metrics. */
public final class AuditOutcome {

    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";

    private static final Set<AuditEventType> FAILURES = EnumSet.of(
            AuditEventType.PASSWORD_FAILED,
            AuditEventType.SECOND_FACTOR_FAILED,
            AuditEventType.ACCOUNT_LOCKED,
            AuditEventType.SIGN_IN_BLOCKED_LOCKED,
            AuditEventType.API_KEY_REFUSED,
            AuditEventType.APP_SIGN_IN_REFUSED,
            AuditEventType.PASSKEY_CLONE_SUSPECTED);

    private AuditOutcome() {
    }

    public static String of(AuditEventType type) {
        return FAILURES.contains(type) ? FAILURE : SUCCESS;
    }
}
