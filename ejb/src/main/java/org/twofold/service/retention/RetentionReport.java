package org.twofold.service.retention;

/**
 * How many records of each kind one clean-up run deleted ({@code codeChallenges}: sent codes and
 * passkey challenges; {@code expiredBrowsersAndKeys}: remembered browsers and API keys past their end).
 */
public record RetentionReport(int pendingSignIns, int codeChallenges, int enrolmentLinks, int signInCounters,
                              int unconfirmedApps, int expiredBrowsersAndKeys, int sentMessages, int auditEvents) {

    public int total() {
        return pendingSignIns + codeChallenges + enrolmentLinks + signInCounters + unconfirmedApps + expiredBrowsersAndKeys + sentMessages
                + auditEvents;
    }
}
