package org.twofold.service.passkey;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.passkey.Passkey;
import org.twofold.service.audit.AuditLog;

/**
 * A sign-in answer from a passkey, for the steps that take one: first which registered passkey
 * it claims to be (so the step knows whose attempt to count), then the check itself and the
 * recorded use, with every refusal audited.
 */
@Stateless
public class PasskeyAssertions {

    @Inject
    private Passkeys passkeys;

    @Inject
    private AuditLog audit;

    /** An answer read, and the registered passkey it names; not yet checked. */
    public record Claimed(PasskeyVerifier.Assertion assertion, Passkey passkey) {
    }

    /** The passkey the answer names; empty when it is no passkey answer or names none registered here. */
    public Optional<Claimed> claimed(String answer) {
        try {
            PasskeyVerifier.Assertion assertion = PasskeyVerifier.read(answer);
            return passkeys.byCredentialId(assertion.credentialId()).map(passkey -> new Claimed(assertion, passkey));
        } catch (PasskeyVerifier.Refused refused) {
            return Optional.empty();
        }
    }

    /**
     * Checks the answer against the passkey it named and records the use: one conditional
     * update on the counter, so of two sign-ins with one answer only one counts.
     *
     * @param where for the audit log: "passkey step", "passkey sign-in"
     * @return whether it was accepted (a refusal is audited)
     */
    public boolean verify(Claimed claimed, PasskeyVerifier.Expected expected, String where, String clientIp, Instant now) {
        Passkey passkey = claimed.passkey();
        String username = passkey.getUser().getUsername();
        try {
            PasskeyVerifier.Used used = PasskeyVerifier.authenticate(claimed.assertion(), passkey, expected);
            if (!passkeys.recordUse(passkey, used, now)) {
                audit.record(AuditEventType.SECOND_FACTOR_FAILED, username, clientIp,
                        where + ", passkey \"" + passkey.getName() + "\": used by another sign-in at the same time");
                return false;
            }
            return true;
        } catch (PasskeyVerifier.Refused refused) {
            audit.record(refused.failure() == PasskeyVerifier.Failure.COUNTER_WENT_BACK
                            ? AuditEventType.PASSKEY_CLONE_SUSPECTED : AuditEventType.SECOND_FACTOR_FAILED,
                    username, clientIp, where + ", passkey \"" + passkey.getName() + "\": " + refused.failure().audit());
            return false;
        }
    }
}
