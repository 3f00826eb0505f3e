package org.twofold.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The SMTP server of the integration tests: GreenMail on loopback, up for the whole test
 * run (the test server's TWOFOLD_SMTP_PORT points at it). Tests may stop and start it to
 * see delivery retried.
 */
public class TestMailServer implements LauncherSessionListener {

    static final int SMTP_PORT = Integer.getInteger("twofold.test.smtp.port", 9025);
    /** Where tests read what was delivered, as a mail client would (see {@link Mailbox}). */
    static final int POP3_PORT = Mailbox.POP3_PORT;
    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    public static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(POP3_PORT, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
            greenMail.start();
        }
    }

    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Messages received so far for this address (the server keeps them while it runs). */
    public static synchronized List<MimeMessage> receivedFor(String address) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
