package org.twofold.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request exactly as written, byte for byte, for what an HTTP client library refuses
 * to send (bad percent escapes, unknown methods, odd headers), and reads the whole answer.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {
    }

    private RawHttp() {
    }

    /** @param request the request line and headers (CRLF-separated, without the blank line), then the body */
    static Answer send(String request, byte[] body) throws IOException {
        return send(Browser.BASE, null, request, body);
    }

    /**
     * To a server of one's choice (https or plain http), optionally from a chosen local
     * address: 127.0.0.2, say, which the test server counts as a trusted proxy.
     */
    static Answer send(URI base, InetAddress from, String request, byte[] body) throws IOException {
        try (Socket socket = open(base, from)) {
            socket.setSoTimeout(15_000); // an answer that never ends fails the test
            OutputStream out = socket.getOutputStream();
            String head = request + "\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n"
                    + (body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String answer = readAll(socket.getInputStream());
            int split = answer.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? answer : answer.substring(0, split);
            String responseBody = split < 0 ? "" : answer.substring(split + 4);
            int status = Integer.parseInt(responseHead.substring(9, 12));
            return new Answer(status, responseHead, responseBody);
        }
    }

    private static Socket open(URI base, InetAddress from) throws IOException {
        InetAddress server = InetAddress.getByName(base.getHost());
        Socket plain = from == null ? new Socket(server, base.getPort()) : new Socket(server, base.getPort(), from, 0);
        if (!"https".equals(base.getScheme())) {
            return plain;
        }
        return TestTls.acceptingTestServers().getSocketFactory().createSocket(plain, base.getHost(), base.getPort(), true);
    }

    static Answer send(String request) throws IOException {
        return send(request, new byte[0]);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            bytes.write(buffer, 0, n);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
