package org.twofold.service.delivery;

/** A transport did not accept a message. The text is stored as the message's last error. */
public class DeliveryException extends Exception {

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryException(String message) {
        super(message);
    }
}
