package org.twofold.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An SMTP server on loopback that accepts every message and notes, per recipient, when it
 * accepted one (the end of DATA): what "the code is on its way" means for the email-code
 * latency. Just enough SMTP for Jakarta Mail without TLS or login.
 */
final class SmtpSink implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();

    SmtpSink(int port) throws IOException {
        socket = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** When a message to this address was last accepted, in System.nanoTime(); null if none. */
    Long acceptedAt(String recipient) {
        return acceptedAt.get(recipient.toLowerCase(Locale.ROOT));
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread session = new Thread(() -> converse(client), "smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.US_ASCII)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 bench SMTP sink");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 bench");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go on");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself is not needed
                        }
                        long now = System.nanoTime();
                        recipients.forEach(r -> acceptedAt.put(r, now));
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException | RuntimeException broken) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
