package org.twofold.domain.delivery;

/** How a message travels; each channel has its own JMS queue. */
public enum DeliveryChannel {
    EMAIL,
    SMS
}
