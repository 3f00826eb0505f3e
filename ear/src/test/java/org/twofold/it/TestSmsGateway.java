package org.twofold.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * An SMS provider for the integration tests: an HTTP server on loopback that accepts
 * form posts and keeps what it received. Up for the whole test run.
 */
public class TestSmsGateway implements LauncherSessionListener {

    public static final int PORT = Integer.getInteger("twofold.test.sms.port", 9099);
    private static final List<Map<String, String>> RECEIVED = new ArrayList<>();
    private static final AtomicInteger HOLDING = new AtomicInteger();
    private static volatile CountDownLatch held = new CountDownLatch(0);
    private static HttpServer server;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sms", exchange -> {
            Map<String, String> form = new HashMap<>();
            for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
            form.put("header:X-Api-Key", key == null ? "" : key);
            synchronized (RECEIVED) {
                RECEIVED.add(form);
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        // A gateway that takes its time: it holds each request until /release (or half a minute).
        server.createContext("/hold", exchange -> {
            held = new CountDownLatch(1);
            answer(exchange, "armed");
        });
        server.createContext("/held-sms", exchange -> {
            exchange.getRequestBody().readAllBytes();
            HOLDING.incrementAndGet();
            try {
                held.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                HOLDING.decrementAndGet();
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.createContext("/holding", exchange -> answer(exchange, String.valueOf(HOLDING.get())));
        server.createContext("/release", exchange -> {
            held.countDown();
            answer(exchange, "released");
        });
        server.setExecutor(Executors.newCachedThreadPool()); // a held request must not hold up the others
        server.start();
    }

    private static void answer(HttpExchange exchange, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The forms received for this number, oldest first. */
    public static List<Map<String, String>> receivedFor(String receiverParameter, String number) {
        synchronized (RECEIVED) {
            return RECEIVED.stream().filter(f -> number.equals(f.get(receiverParameter))).toList();
        }
    }
}
