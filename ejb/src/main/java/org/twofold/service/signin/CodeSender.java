package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.signin.PendingSignIn;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.challenge.CodeChallengeService;
import org.twofold.service.challenge.IssueResult;
import org.twofold.service.factor.ContactFactorService;
import org.twofold.service.factor.UserFactors;

/** Sends a pending sign-in's code by email or SMS, within the send limits. */
@Stateless
public class CodeSender {

    @Inject
    private ContactFactorService contacts;

    @Inject
    private CodeChallengeService challenges;

    /** To the channel's confirmed factor, else to the first address or number, which a right code then confirms. */
    public IssueResult send(PendingSignIn pending, TwoFactorMethod method, String clientIp, Instant now, SystemSettings settings) {
        DeliveryChannel channel = UserFactors.channelOf(method);
        return contacts.signInDestination(pending.getUser(), channel)
                .map(destination -> challenges.issue(pending, channel, destination, settings.getOtpIssuer(), clientIp, now, settings))
                .orElse(IssueResult.RATE_LIMITED);
    }
}
