package org.twofold.it;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a recipient's delivered mail from the test run's mail server over POP3, as their mail
 * client would: for tests inside the server, which cannot see GreenMail's memory, and which
 * must not read the delivery queue's copy (its body is erased once the message is sent).
 * GreenMail makes each recipient a mailbox whose login and password are the address.
 */
public final class Mailbox {

    static final int POP3_PORT = 9110;
    private static final String QUEUE_ID_HEADER = "X-Twofold-Queue-Id";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Mailbox() {
    }

    /** The text of the delivered email that the delivery queue's entry {@code queueId} became, once it arrives. */
    public static String textOf(String address, long queueId) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> text = find(address, String.valueOf(queueId));
            if (text.isPresent()) {
                return text.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no email from queue entry " + queueId + " reached " + address + " within " + WAIT);
    }

    private static Optional<String> find(String address, String queueId) {
        try (Socket socket = new Socket("127.0.0.1", POP3_PORT)) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            expectOk(in.readLine());
            command(out, in, "USER " + address);
            if (!command(out, in, "PASS " + address)) {
                return Optional.empty(); // no mail has reached the address yet
            }
            String stat = send(out, in, "STAT");
            int count = Integer.parseInt(stat.split(" ")[1]);
            for (int n = count; n >= 1; n--) {
                if (!command(out, in, "RETR " + n)) {
                    continue;
                }
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                        new ByteArrayInputStream(readMultiline(in).getBytes(StandardCharsets.ISO_8859_1)));
                if (queueId.equals(message.getHeader(QUEUE_ID_HEADER, null))) {
                    command(out, in, "QUIT");
                    return Optional.of(String.valueOf(message.getContent()));
                }
            }
            command(out, in, "QUIT");
            return Optional.empty();
        } catch (IOException | MessagingException e) {
            throw new UncheckedIOException(new IOException("reading the mailbox of " + address + " failed", e));
        }
    }

    private static boolean command(OutputStream out, BufferedReader in, String line) throws IOException {
        return send(out, in, line).startsWith("+OK");
    }

    private static String send(OutputStream out, BufferedReader in, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String answer = in.readLine();
        if (answer == null) {
            throw new IOException("the mail server closed the connection");
        }
        return answer;
    }

    private static void expectOk(String greeting) throws IOException {
        if (greeting == null || !greeting.startsWith("+OK")) {
            throw new IOException("not a POP3 server: " + greeting);
        }
    }

    private static String readMultiline(BufferedReader in) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            text.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return text.toString();
    }
}
