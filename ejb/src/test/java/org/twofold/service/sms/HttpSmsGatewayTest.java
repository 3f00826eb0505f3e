package org.twofold.service.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twofold.domain.sms.SmsSettings;
import org.twofold.domain.sms.SmsStaticParameter;
import org.twofold.service.delivery.DeliveryException;

/** The generic HTTP gateway against a real HTTP server on loopback. */
class HttpSmsGatewayTest {

    private record Received(String method, String path, Map<String, String> parameters, String apiKeyHeader,
                            String contentType) {
    }

    private HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private int answer = 200;

    @BeforeEach
    void startGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sms", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String form = "GET".equals(exchange.getRequestMethod()) ? query : body;
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), parse(form),
                    exchange.getRequestHeaders().getFirst("X-Api-Key"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopGateway() {
        server.stop(0);
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> values = new HashMap<>();
        if (form != null && !form.isEmpty()) {
            for (String pair : form.split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private SmsSettings settings(boolean post) {
        SmsSettings settings = new SmsSettings();
        settings.setGatewayUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
        settings.setReceiverParameter("receiver");
        settings.setMessageParameter("text");
        settings.setUsePost(post);
        settings.getStaticParameters().add(new SmsStaticParameter("sender", "Twofold", false));
        settings.getStaticParameters().add(new SmsStaticParameter("X-Api-Key", "s3cret", true));
        return settings;
    }

    @Test
    void postsAFormWithReceiverMessageStaticParametersAndHeaders() throws Exception {
        SmsSettings settings = settings(true);
        new HttpSmsGateway(settings).send("+49 151 123", settings.render("654321", 10));
        assertEquals(1, received.size());
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals("application/x-www-form-urlencoded", request.contentType());
        assertEquals("+49 151 123", request.parameters().get("receiver"));
        assertEquals("654321 is your sign-in code. It is valid for 10 minutes.", request.parameters().get("text"));
        assertEquals("Twofold", request.parameters().get("sender"));
        assertEquals("s3cret", request.apiKeyHeader());
        assertFalse(request.parameters().containsKey("X-Api-Key"), "a header parameter is not also a form field");
    }

    @Test
    void getsWithAQueryStringWhenAsked() throws Exception {
        SmsSettings settings = settings(false);
        settings.setGatewayUrl(settings.getGatewayUrl() + "?account=7");
        new HttpSmsGateway(settings).send("+4915112345", "Code 111222");
        Received request = received.get(0);
        assertEquals("GET", request.method());
        assertEquals("7", request.parameters().get("account"));
        assertEquals("+4915112345", request.parameters().get("receiver"));
        assertEquals("Code 111222", request.parameters().get("text"));
        assertEquals("s3cret", request.apiKeyHeader());
        assertNull(request.contentType());
    }

    @Test
    void aRefusalOrAnUnreachableGatewayIsAnErrorThatHidesTheRequest() throws Exception {
        answer = 503;
        DeliveryException refused = assertThrows(DeliveryException.class,
                () -> new HttpSmsGateway(settings(true)).send("+4915112345", "Code 333444"));
        assertTrue(refused.getMessage().contains("HTTP 503"), refused.getMessage());
        assertFalse(refused.getMessage().contains("333444"));

        SmsSettings gone = settings(true);
        gone.setGatewayUrl("http://127.0.0.1:1/sms");
        DeliveryException unreachable = assertThrows(DeliveryException.class,
                () -> new HttpSmsGateway(gone).send("+4915112345", "Code 555666"));
        assertTrue(unreachable.getMessage().contains("unreachable"), unreachable.getMessage());
        assertFalse(unreachable.getMessage().contains("555666"));
    }
}
