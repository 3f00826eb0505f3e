package org.twofold.service.challenge;

import java.io.Serializable;

/** What the code page tells about the code that was sent: where to, and whether it went. */
public record DeliveryView(String channel, String maskedDestination, State state, int lifetimeMinutes)
        implements Serializable {

    public enum State {
        SENDING,
        SENT,
        FAILED,
        RATE_LIMITED
    }
}
