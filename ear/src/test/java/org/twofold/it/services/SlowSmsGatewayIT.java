package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.service.audit.Actor;
import org.twofold.service.delivery.Outbox;
import org.twofold.service.sms.SmsSettingsService;

/**
 * While the SMS gateway takes its time, nothing waits on the message's row: the test
 * gateway holds the request, and the row is read (as the code page's poll reads it) before
 * the gateway lets go. Derby makes a reader wait for a row another transaction has locked,
 * so this read would hang if the worker still held a lock across the send.
 */
@ExtendWith(ArquillianExtension.class)
class SlowSmsGatewayIT {

    private static final Actor TEST_ADMIN = new Actor("slow-sms-test-admin", "127.0.0.1");
    private static final String GATEWAY = "http://127.0.0.1:9099";
    private static final String PHONE = "+4915100000077";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-slow-sms-it");
    }

    @Inject
    private SmsSettingsService smsSettings;

    @Inject
    private Outbox outbox;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theMessageCanBeReadWhileTheGatewayIsStillAnswering() throws Exception {
        get("/hold");
        smsSettings.save(GATEWAY + "/held-sms", "text", "to", true, "Your code: {{otp}}", List.of(), TEST_ADMIN);
        try {
            long id = outbox.enqueue(DeliveryChannel.SMS, PHONE, MessagePurpose.TEST, null, "Slow hello").getId();
            for (int i = 0; i < 200 && !"1".equals(get("/holding")); i++) {
                Thread.sleep(100);
            }
            assertEquals("1", get("/holding"), "the gateway received the SMS and is holding it");

            OutboundMessage whileSending = outbox.find(id).orElseThrow();
            assertEquals(DeliveryStatus.SENDING, whileSending.getStatus(), "read while the send is in flight");
            assertEquals(1, whileSending.getAttempts());

            get("/release");
            DeliveryStatus status = whileSending.getStatus();
            for (int i = 0; i < 200 && status == DeliveryStatus.SENDING; i++) {
                Thread.sleep(100);
                status = outbox.find(id).orElseThrow().getStatus();
            }
            assertEquals(DeliveryStatus.SENT, status);
        } finally {
            get("/release");
            smsSettings.save("", "message", "to", true, "{{otp}} is your sign-in code.", List.of(), TEST_ADMIN);
        }
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
