package org.twofold.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The application's address Keycloak sends a signed-in browser back to (with its code): answers
 * at once, so a Keycloak sign-in ends where Twofold's ends on its Desk, without a server more.
 */
final class Callback implements AutoCloseable {

    static final URI ADDRESS = URI.create("http://localhost:9999/cb");

    private final HttpServer server;

    private Callback(HttpServer server) {
        this.server = server;
    }

    static Callback start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", ADDRESS.getPort()), 256);
        server.createContext("/", exchange -> {
            byte[] body = "signed in".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new Callback(server);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
