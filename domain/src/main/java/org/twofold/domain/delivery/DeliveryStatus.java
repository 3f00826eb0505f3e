package org.twofold.domain.delivery;

/** Where an outbound message is in its life. Only SENT means a transport accepted it. */
public enum DeliveryStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED
}
