package org.twofold.service.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.twofold.domain.sms.SmsSettings;
import org.twofold.domain.sms.SmsStaticParameter;
import org.twofold.service.delivery.DeliveryException;

/**
 * A generic HTTP SMS gateway driven by {@link SmsSettings}: receiver, message and fixed
 * parameters as a form body (POST) or query string (GET), fixed headers, any 2xx answer
 * taken as accepted. Errors name the HTTP status only: the request holds the code.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final SmsSettings settings;

    public HttpSmsGateway(SmsSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(String number, String text) throws DeliveryException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(settings.getReceiverParameter(), number);
        parameters.put(settings.getMessageParameter(), text);
        HttpRequest.Builder request;
        for (SmsStaticParameter parameter : settings.getStaticParameters()) {
            if (!parameter.isHeader()) {
                parameters.put(parameter.getName(), parameter.getValue() == null ? "" : parameter.getValue());
            }
        }
        String form = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String url = settings.getGatewayUrl().trim();
        if (settings.isUsePost()) {
            request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        } else {
            request = HttpRequest.newBuilder(URI.create(url + (url.contains("?") ? "&" : "?") + form)).GET();
        }
        for (SmsStaticParameter parameter : settings.getStaticParameters()) {
            if (parameter.isHeader()) {
                request.header(parameter.getName(), parameter.getValue() == null ? "" : parameter.getValue());
            }
        }
        int status;
        try {
            status = CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new DeliveryException("SMS gateway " + URI.create(url).getHost() + " unreachable ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Interrupted while calling the SMS gateway");
        }
        if (status < 200 || status > 299) {
            throw new DeliveryException("SMS gateway " + URI.create(url).getHost() + " answered HTTP " + status);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
