package org.twofold.domain.settings;

import java.time.Instant;
import java.util.Optional;

/**
 * The points in time before which the clean-up deletes each kind of record.
 *
 * @param expiredBefore  pending sign-ins, code challenges and enrolment links that expired before this
 * @param unconfirmedAppsBefore authenticator apps set up before this and never confirmed
 * @param sentMessagesBefore emails and SMS sent before this
 * @param auditBefore    audit events that happened before this; empty keeps them for ever
 */
public record RetentionCutoffs(Instant expiredBefore, Instant unconfirmedAppsBefore, Instant sentMessagesBefore,
                               Optional<Instant> auditBefore) {
}
