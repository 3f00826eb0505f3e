package org.twofold.service.account;

import java.util.List;
import org.twofold.domain.user.SupportedLanguage;
import org.twofold.service.audit.AuditLine;

/**
 * What the Desk shows a signed-in person besides who they are.
 *
 * @param graceDaysLeft          days left to set up an authenticator app, for a person who put it off; 0 otherwise
 * @param passkeyOffered         whether to offer adding a passkey (the page's script shows it only where the browser can make one)
 * @param unusedRecoveryCodes    how many recovery codes are left
 * @param recentActivity         the person's latest audit events, newest first
 * @param language               the language the person chose for their pages, or null for their browser's
 */
public record DeskView(long graceDaysLeft, boolean passkeyOffered, long unusedRecoveryCodes, List<AuditLine> recentActivity,
                       SupportedLanguage language) {

    /** For a request without a signed-in person. */
    public static final DeskView NOBODY = new DeskView(0, false, 0, List.of(), null);

    /** At or below this many unused recovery codes the pages warn. */
    public static final long FEW_RECOVERY_CODES = 3;

    public boolean fewRecoveryCodesLeft() {
        return unusedRecoveryCodes <= FEW_RECOVERY_CODES;
    }
}
