package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.factor.FactorNotices;
import org.twofold.service.factor.RecoveryCodeService;
import org.twofold.service.factor.RecoveryCodesToShow;
import org.twofold.service.user.UserDirectory;

/** A user's own recovery codes: how many are left, and a new set on the Security page. */
@Stateless
public class OwnRecoveryCodes {

    @Inject
    private PasswordConfirmation confirmation;

    @Inject
    private UserDirectory users;

    @Inject
    private RecoveryCodeService recoveryCodes;

    @Inject
    private FactorNotices notices;

    @Inject
    private AuditLog audit;

    @Inject
    private RecoveryCodesToShow codesToShow;

    public long unused(String username) {
        return users.find(username).map(recoveryCodes::unusedCount).orElse(0L);
    }

    /**
     * A new set of recovery codes, voiding the old one; the codes are returned to be shown once.
     * Empty when the password was not confirmed recently.
     */
    public Optional<List<String>> replace(String username, Instant confirmedAt, String clientIp, Instant now) {
        return confirmation.allowedToChange(username, confirmedAt, now).map(user -> {
            List<String> codes = recoveryCodes.replaceSet(user, now);
            boolean told = notices.recoveryCodesCreated(user);
            audit.record(AuditEventType.RECOVERY_CODES_CREATED, username, clientIp,
                    "by the user" + (told ? ", user notified by email" : ""));
            return codes;
        });
    }

    /** As {@link #replace}, the codes sealed for the HTTP session to hold until they are shown. */
    public Optional<KeyRing.Sealed> replaceToShow(String username, Instant confirmedAt, String clientIp, Instant now) {
        return replace(username, confirmedAt, clientIp, now).map(codesToShow::seal);
    }
}
