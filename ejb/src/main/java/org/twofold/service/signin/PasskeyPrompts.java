package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.passkey.CeremonyPurpose;
import org.twofold.domain.passkey.Passkey;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.settings.UserVerification;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.passkey.PasskeyChallenges;
import org.twofold.service.passkey.PasskeyOptions;
import org.twofold.service.passkey.Passkeys;
import org.twofold.service.passkey.RelyingParties;
import org.twofold.service.passkey.RelyingParty;
import org.twofold.service.settings.SettingsService;

/**
 * What the browser is handed to ask the person for a passkey while signing in, each with a new
 * challenge: the second step of a pending sign-in ({@link PasskeyStep}), or a sign-in with a
 * passkey alone on the login page ({@link PasswordlessStep}).
 */
@Stateless
public class PasskeyPrompts {

    /** Open passkey-alone challenges per client address (each lasts {@link PasskeyChallenges#LIFETIME}). */
    public static final int OPEN_PER_ADDRESS = 30;

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private Passkeys passkeys;

    @Inject
    private PasskeyChallenges challenges;

    @Inject
    private RelyingParties relyingParties;

    @Inject
    private SettingsService settingsService;

    /** For the pending sign-in's passkey: the user's passkeys; empty when it waits for no passkey. */
    public Optional<PasskeyOptions.Issued> secondStep(String pendingToken, Instant now) {
        Optional<PendingSignIn> pending = pendingSignIns.live(pendingToken, now).filter(p -> p.getMethod() == TwoFactorMethod.PASSKEY);
        SystemSettings settings = settingsService.current();
        Optional<RelyingParty> rp = relyingParties.current(settings);
        if (pending.isEmpty() || rp.isEmpty()) {
            return Optional.empty();
        }
        List<Passkey> own = passkeys.of(pending.get().getUser());
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String challenge = challenges.issue(CeremonyPurpose.SECOND_STEP,
                PasskeyChallenges.forPendingSignIn(pending.get().getTokenDigest()), now);
        return Optional.of(PasskeyOptions.request(rp.get(), own, challenge, settings.getPasskeys().getPasskeyUserVerification()));
    }

    /** Whether the login page offers a passkey alone: allowed, and possible at this address. */
    public boolean passwordlessOffered() {
        SystemSettings settings = settingsService.current();
        return PasswordlessStep.allowed(settings) && relyingParties.current(settings).isPresent();
    }

    /**
     * For a passkey alone: none named (the browser offers those it holds for this site),
     * verification required. Anyone may ask, so one client address holds at most
     * {@link #OPEN_PER_ADDRESS} such challenges open at a time.
     */
    public Optional<PasskeyOptions.Issued> passwordless(String clientIp, Instant now) {
        SystemSettings settings = settingsService.current();
        Optional<RelyingParty> rp = relyingParties.current(settings);
        String binding = PasskeyChallenges.forAddress(clientIp);
        if (!PasswordlessStep.allowed(settings) || rp.isEmpty()
                || challenges.open(CeremonyPurpose.PASSWORDLESS, binding, now) >= OPEN_PER_ADDRESS) {
            return Optional.empty();
        }
        String challenge = challenges.issue(CeremonyPurpose.PASSWORDLESS, binding, now);
        return Optional.of(PasskeyOptions.request(rp.get(), List.of(), challenge, UserVerification.REQUIRED));
    }
}
