package org.twofold.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
        URI base = Browser.BASE;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
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
