package org.twofold.service.auditfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyslogSenderTest {

    @Test
    void overUdpEachMessageIsOneDatagram() throws IOException {
        try (DatagramSocket collector = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             SyslogSender sender = new SyslogSender(new SyslogDestination(false, "127.0.0.1", collector.getLocalPort()))) {
            collector.setSoTimeout(5_000);
            sender.send("<85>1 first");
            sender.send("<84>1 second");
            assertEquals("<85>1 first", receive(collector));
            assertEquals("<84>1 second", receive(collector));
        }
    }

    @Test
    void overTcpMessagesAreFramedByLengthAndAFailureIsTheCallersToCount() throws IOException {
        try (ServerSocket collector = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             SyslogSender sender = new SyslogSender(new SyslogDestination(true, "127.0.0.1", collector.getLocalPort()))) {
            collector.setSoTimeout(5_000);
            sender.send("<85>1 Zoë");
            sender.send("<85>1 two");
            try (Socket connection = collector.accept()) {
                DataInputStream in = new DataInputStream(connection.getInputStream());
                byte[] expected = "10 <85>1 Zoë9 <85>1 two".getBytes(StandardCharsets.UTF_8);
                byte[] got = new byte[expected.length];
                in.readFully(got);
                assertEquals(new String(expected, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aCollectorThatIsNotThereIsAnIoException() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        try (SyslogSender sender = new SyslogSender(new SyslogDestination(true, "127.0.0.1", port))) {
            assertThrows(IOException.class, () -> sender.send("<85>1 lost"));
        }
    }

    private static String receive(DatagramSocket collector) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[1024], 1024);
        collector.receive(packet);
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }
}
