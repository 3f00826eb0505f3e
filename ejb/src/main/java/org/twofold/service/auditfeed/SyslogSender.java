package org.twofold.service.auditfeed;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends syslog messages to one destination. Over TCP it keeps one connection and opens a new
 * one after a failure; a message the destination never acknowledged may be lost with a broken
 * connection (syslog over TCP has no acknowledgement). Used from one thread only.
 */
final class SyslogSender implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;
    /** Longer than any UDP syslog receiver accepts is cut here, as RFC 5426 allows. */
    private static final int MAX_DATAGRAM = 8_192;

    private final SyslogDestination destination;
    private Socket socket;
    private DatagramSocket datagrams;

    SyslogSender(SyslogDestination destination) {
        this.destination = destination;
    }

    void send(String message) throws IOException {
        if (destination.tcp()) {
            try {
                tcp().write(SyslogMessage.octetCounted(message));
            } catch (IOException e) {
                close();
                throw e;
            }
        } else {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            int length = Math.min(bytes.length, MAX_DATAGRAM);
            if (datagrams == null) {
                datagrams = new DatagramSocket();
            }
            datagrams.send(new DatagramPacket(bytes, length, new InetSocketAddress(destination.host(), destination.port())));
        }
    }

    private OutputStream tcp() throws IOException {
        if (socket == null) {
            Socket connecting = new Socket();
            connecting.connect(new InetSocketAddress(destination.host(), destination.port()), CONNECT_TIMEOUT_MILLIS);
            socket = connecting;
        }
        return socket.getOutputStream();
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // it was broken already
        }
        socket = null;
        if (datagrams != null) {
            datagrams.close();
            datagrams = null;
        }
    }
}
