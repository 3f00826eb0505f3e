package org.twofold.service.delivery;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes email delivery requests off their queue; the worker does the rest. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/twofoldEmailQueue"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class EmailDeliveryMdb implements MessageListener {

    @Inject
    private DeliveryWorker worker;

    @Override
    public void onMessage(Message message) {
        worker.deliver(DeliveryRequests.messageId(message));
    }
}
