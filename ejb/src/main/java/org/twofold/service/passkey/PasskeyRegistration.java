package org.twofold.service.passkey;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.passkey.CeremonyPurpose;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.User;
import org.twofold.service.audit.AuditLog;
import org.twofold.service.settings.SettingsService;

/**
 * Making a passkey for a user: the browser's options (with a challenge bound to the Security
 * page's user or to a sign-in that sets up its first factor), then the check of its answer and
 * the passkey stored. Whoever calls has made sure the person may add one (a confirmed password,
 * or a right password at a first enrolment).
 */
@Stateless
public class PasskeyRegistration {

    @Inject
    private SettingsService settings;

    @Inject
    private RelyingParties relyingParties;

    @Inject
    private PasskeyChallenges challenges;

    @Inject
    private Passkeys passkeys;

    @Inject
    private AuditLog audit;

    /** How adding one went. */
    public enum Outcome {
        ADDED,
        /** Passkeys are not allowed, or cannot work at this address. */
        NOT_ALLOWED,
        /** Cancelled, or the answer was not for this challenge, site or person. */
        REFUSED,
        /** The administrator allows only certain models, and this is not one. */
        MODEL_NOT_ALLOWED,
        /** This credential is registered already. */
        KNOWN
    }

    /** Whether passkeys may be added: allowed by the administrator, at an address where browsers can make them. */
    public boolean offered() {
        SystemSettings current = settings.current();
        return relyingParties.forPasskeys(current).isPresent();
    }

    /** @param binding whom the challenge is for ({@link PasskeyChallenges#forUser}, {@link PasskeyChallenges#forPendingSignIn}) */
    public Optional<PasskeyOptions.Issued> options(User user, String binding, Instant now) {
        SystemSettings current = settings.current();
        Optional<RelyingParty> rp = relyingParties.forPasskeys(current);
        if (rp.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PasskeyOptions.creation(rp.get(), user, passkeys.of(user),
                challenges.issue(CeremonyPurpose.REGISTER, binding, now),
                current.getPasskeys().getPasskeyUserVerification(), !current.getPasskeys().allowedModels().isEmpty()));
    }

    /**
     * Checks the browser's answer to the options handed out with {@code challenge} and stores
     * the passkey under {@code name}.
     *
     * @param answer the browser's answer (PublicKeyCredential JSON); blank when the person cancelled
     * @return the outcome, and for a new passkey whether it is synced between devices
     */
    public Added add(User user, String name, String answer, String challenge, String binding, String clientIp, Instant now) {
        SystemSettings current = settings.current();
        Optional<RelyingParty> rp = relyingParties.forPasskeys(current);
        if (rp.isEmpty()) {
            return new Added(Outcome.NOT_ALLOWED, false);
        }
        if (answer == null || answer.isBlank() || !challenges.use(challenge, CeremonyPurpose.REGISTER, binding, now)) {
            return new Added(Outcome.REFUSED, false);
        }
        PasskeyVerifier.NewCredential credential;
        try {
            credential = PasskeyVerifier.register(answer, new PasskeyVerifier.Expected(rp.get(), challenge,
                    current.getPasskeys().verificationRequired()));
        } catch (PasskeyVerifier.Refused refused) {
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp, "new passkey refused: " + refused.failure().audit());
            return new Added(Outcome.REFUSED, false);
        }
        List<String> models = current.getPasskeys().allowedModels();
        if (!models.isEmpty() && !models.contains(credential.aaguid())) {
            audit.record(AuditEventType.SECOND_FACTOR_FAILED, user.getUsername(), clientIp,
                    "new passkey refused: authenticator model " + credential.aaguid() + " is not allowed");
            return new Added(Outcome.MODEL_NOT_ALLOWED, false);
        }
        if (!passkeys.add(user, name, credential, now)) {
            return new Added(Outcome.KNOWN, false);
        }
        return new Added(Outcome.ADDED, credential.backupEligible());
    }

    /** How adding went, and whether the new passkey is synced between the person's devices. */
    public record Added(Outcome outcome, boolean synced) {
    }
}
