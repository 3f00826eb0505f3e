package org.twofold.service.sms;

import org.twofold.service.delivery.DeliveryException;

/**
 * The SMS provider SPI. A company with its own provider deploys a CDI bean implementing
 * this interface (in a jar in the EAR's lib folder); Twofold then uses it instead of the
 * generic HTTP gateway of the SMS settings.
 */
public interface SmsGateway {

    /** Hands one text to the provider; throws if the provider did not accept it. */
    void send(String number, String text) throws DeliveryException;
}
