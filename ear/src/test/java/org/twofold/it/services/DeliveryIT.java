package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.delivery.DeliveryStatus;
import org.twofold.domain.delivery.MessagePurpose;
import org.twofold.domain.delivery.OutboundMessage;
import org.twofold.it.TestMailServer;
import org.twofold.service.config.DeploymentConfig;
import org.twofold.service.delivery.Outbox;

/**
 * The delivery pipeline inside Liberty: the outbox row and its JMS message, the
 * application's message-driven beans, real SMTP (GreenMail on loopback, see
 * {@link TestMailServer}), the local outbox folder for SMS, retries with back-off.
 * Methods marked {@link RunAsClient} run in the test JVM, where GreenMail lives.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryIT {

    private static final String ARCHIVE = "twofold-delivery-it";
    private static final String DELIVERED_TO = "delivered@example.test";
    private static final String RETRIED_TO = "retried@example.test";
    private static final String ROLLED_BACK_TO = "rolled-back@example.test";
    private static final String LOST_TO = "lost@example.test";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestMessages.class);
    }

    @Inject
    private Outbox outbox;

    @Inject
    private TestMessages messages;

    @Inject
    private DeploymentConfig config;

    private OutboundMessage awaitFinished(long id) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            OutboundMessage message = outbox.find(id).orElseThrow();
            if (message.getStatus() == DeliveryStatus.SENT || message.getStatus() == DeliveryStatus.FAILED) {
                return message;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("message " + id + " was neither sent nor failed within 40 s");
    }

    @Test
    @Order(1)
    void anEmailIsSentBySmtpAndItsBodyForgotten() throws Exception {
        long id = outbox.enqueue(DeliveryChannel.EMAIL, DELIVERED_TO, MessagePurpose.TEST, "Hello", "Your code is 654321").getId();
        OutboundMessage done = awaitFinished(id);
        assertEquals(DeliveryStatus.SENT, done.getStatus(), done.getLastError());
        assertEquals(1, done.getAttempts());
        assertNull(done.getBody(), "the body may hold a code: gone once sent");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSmtpServerReceivedTheEmail() throws Exception {
        List<MimeMessage> received = TestMailServer.receivedFor(DELIVERED_TO);
        assertEquals(1, received.size());
        assertEquals("Hello", received.get(0).getSubject());
        assertTrue(String.valueOf(received.get(0).getContent()).contains("Your code is 654321"));
    }

    @Test
    @Order(3)
    void anSmsGoesToTheLocalOutboxWithoutAGateway() throws Exception {
        String number = "+4915" + (10_000_000 + (int) (Math.random() * 89_999_999));
        long id = outbox.enqueue(DeliveryChannel.SMS, number, MessagePurpose.TEST, null, "Code 112233").getId();
        assertEquals(DeliveryStatus.SENT, awaitFinished(id).getStatus());
        Path file;
        try (Stream<Path> files = Files.list(config.localOutboxDirectory())) {
            file = files.filter(f -> f.getFileName().toString().endsWith("-" + id + ".sms.txt")).findFirst().orElseThrow();
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(content.contains("To: " + number) && content.contains("Code 112233"), content);
    }

    @Test
    @Order(4)
    void aMessageThatCannotBeSentIsRetriedThenFailedWithItsError() throws Exception {
        long id = outbox.enqueue(DeliveryChannel.EMAIL, "not an address", MessagePurpose.SIGN_IN_CODE, "Hello", "Code 999999").getId();
        OutboundMessage done = awaitFinished(id);
        assertEquals(DeliveryStatus.FAILED, done.getStatus());
        assertEquals(5, done.getAttempts(), "TWOFOLD_DELIVERY_MAX_ATTEMPTS of the test server");
        assertTrue(done.getLastError().contains("Not a valid email address"), done.getLastError());
        assertNull(done.getBody(), "a failed code is erased");
    }

    @Test
    @Order(5)
    void aRolledBackTransactionLeavesNeitherRowNorDelivery() throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        outbox.enqueue(DeliveryChannel.EMAIL, ROLLED_BACK_TO, MessagePurpose.TEST, "Hello", "Code 123123");
        transaction.rollback();
        Thread.sleep(3000);
        assertEquals(0, messages.countTo(ROLLED_BACK_TO));
    }

    @Test
    @Order(6)
    @RunAsClient
    void nothingWasMailedForTheRolledBackMessage() {
        assertTrue(TestMailServer.receivedFor(ROLLED_BACK_TO).isEmpty());
    }

    /** A message queued while the SMTP server is down: it fails once and keeps its text for the next attempt. */
    @Dependent
    static class FailedOnceWhileSmtpIsDown implements Fixture {

        @Inject
        private Outbox outbox;

        @Inject
        private TestMessages messages;

        @Override
        public void prepare() throws Exception {
            outbox.enqueue(DeliveryChannel.EMAIL, RETRIED_TO, MessagePurpose.TEST, "Retried", "Code 424242");
            for (int i = 0; i < 100; i++) {
                OutboundMessage message = messages.latestTo(RETRIED_TO);
                if (message.getAttempts() >= 1 && message.getStatus() == DeliveryStatus.QUEUED) {
                    assertTrue(message.getLastError().startsWith("SMTP"), message.getLastError());
                    assertEquals("Code 424242", message.getBody(), "kept for the next attempt");
                    return;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no failed attempt recorded while SMTP was down");
        }
    }

    @Test
    @Order(10)
    @RunAsClient
    void aMessageThatFailedWhileSmtpWasDownArrivesOnceWhenItIsBack() throws Exception {
        TestMailServer.stop();
        try {
            Fixtures.prepare(ARCHIVE, FailedOnceWhileSmtpIsDown.class);
        } finally {
            TestMailServer.start();
        }
        List<MimeMessage> received = List.of();
        for (int i = 0; i < 600 && received.isEmpty(); i++) {
            Thread.sleep(100); // the next attempt comes after the back-off, as a person waits for the mail
            received = TestMailServer.receivedFor(RETRIED_TO);
        }
        assertEquals(1, received.size());
        assertEquals("Retried", received.get(0).getSubject());
    }

    @Test
    @Order(11)
    void theRetriedMessageIsSentAfterMoreThanOneAttempt() throws Exception {
        OutboundMessage done = awaitFinished(messages.latestTo(RETRIED_TO).getId());
        assertEquals(DeliveryStatus.SENT, done.getStatus(), done.getLastError());
        assertTrue(done.getAttempts() >= 2, "attempts: " + done.getAttempts());
    }

    /** A row whose JMS message was lost (here: never sent) is found by the sweeper and delivered. */
    @Test
    @Order(12)
    void aMessageWhoseJmsMessageWasLostIsDeliveredByTheSweeper() throws Exception {
        long id = messages.queuedWithoutJmsMessage(LOST_TO, "Lost", 3);
        // The application's sweeper runs every minute and takes rows overdue by two minutes.
        OutboundMessage done = null;
        for (int i = 0; i < 150 && (done == null || done.getStatus() != DeliveryStatus.SENT); i++) {
            Thread.sleep(500);
            done = outbox.find(id).orElseThrow();
        }
        assertEquals(DeliveryStatus.SENT, done.getStatus(), "the sweeper re-dispatched the lost message: " + done.getLastError());
        assertEquals(1, done.getAttempts());
    }

    @Test
    @Order(13)
    @RunAsClient
    void theLostMessageArrivedOnce() throws Exception {
        List<MimeMessage> received = TestMailServer.receivedFor(LOST_TO);
        assertEquals(1, received.size());
        assertEquals("Lost", received.get(0).getSubject());
    }
}
