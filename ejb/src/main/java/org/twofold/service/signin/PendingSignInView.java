package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.service.challenge.CodeChallengeService;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.factor.TotpFactorService;
import org.twofold.service.settings.SettingsService;

/** What the second step's pages show of a pending sign-in, and which step it waits for. Changes nothing. */
@Stateless
public class PendingSignInView {

    @Inject
    private PendingSignIns pendingSignIns;

    @Inject
    private SettingsService settingsService;

    @Inject
    private CodeChallengeService challenges;

    @Inject
    private TotpFactorService totpFactors;

    @Inject
    private AnotherWayStep anotherWay;

    /** The second step this pending sign-in waits for; empty when it is over or timed out. */
    public Optional<SignInStep.Due> dueStep(String pendingToken, Instant now) {
        return pendingSignIns.live(pendingToken, now).map(p -> pendingSignIns.dueOf(p, pendingToken));
    }

    /**
     * What the code page shows, the pending sign-in read once: the step due, the method, and for
     * sent codes where they went and whether they did.
     */
    public Optional<CodeStepView> codeStepView(String pendingToken, Instant now) {
        SystemSettings settings = settingsService.current();
        return pendingSignIns.live(pendingToken, now).map(p -> {
            SignInStep.Due due = pendingSignIns.dueOf(p, pendingToken);
            int rememberDays = DeviceTrust.offeredDays(p.getUser(), settings);
            if (p.isEnrolByLink() && pendingSignIns.enrolmentFactor(p).isPresent()) {
                return new CodeStepView(due, p.getMethod(), true,
                        challenges.emailDeliveryView(p.getEnrolmentMessageId(), p.getUser(), settings.getEnrolment().getQrLinkLifetimeMinutes()),
                        rememberDays, List.of());
            }
            return new CodeStepView(due, p.getMethod(), false, !p.getMethod().isSent() ? null
                    : challenges.deliveryView(p, settings).orElse(null), rememberDays, anotherWay.otherMethods(p, settings));
        });
    }

    /** What the enrolment page shows for this pending sign-in, if it is setting up an app on screen. */
    public Optional<EnrolmentDetails> enrolmentDetails(String pendingToken, Instant now) {
        return pendingSignIns.live(pendingToken, now)
                .filter(p -> !p.isEnrolByLink())
                .flatMap(pendingSignIns::enrolmentFactor)
                .map(f -> totpFactors.enrolmentDetails(f, settingsService.current().getOtpIssuer()));
    }
}
