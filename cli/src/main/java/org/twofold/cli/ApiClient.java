package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** Calls the server's REST API with the site's key; an error answer becomes a {@link ServerRefused}. */
class ApiClient {

    private final Site site;
    private final HttpClient http;

    ApiClient(Site site, SSLContext ssl) {
        this.site = site;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        this.http = (ssl == null ? builder : builder.sslContext(ssl)).build();
    }

    JsonElement get(String path) throws ServerRefused {
        return send(request(path).GET());
    }

    JsonElement patch(String path, JsonObject body) throws ServerRefused {
        return send(request(path).method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json"));
    }

    JsonElement put(String path, JsonObject body) throws ServerRefused {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json"));
    }

    JsonElement post(String path) throws ServerRefused {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    JsonElement post(String path, JsonObject body) throws ServerRefused {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json"));
    }

    JsonElement delete(String path) throws ServerRefused {
        return send(request(path).DELETE());
    }

    /** A text answer (the audit log's CSV), as it came. */
    String getText(String path, String accept) throws ServerRefused {
        HttpResponse<String> response = exchange(request(path).setHeader("Accept", accept).GET());
        if (response.statusCode() >= 400) {
            throw new ServerRefused(response.statusCode(), detail(parse(response.body()), response.statusCode()));
        }
        return response.body();
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.url().resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return site.key() == null ? request : request.header("Authorization", "token " + site.key()); // none to sign in
    }

    private JsonElement send(HttpRequest.Builder request) throws ServerRefused {
        HttpResponse<String> response = exchange(request);
        JsonElement body = parse(response.body());
        if (response.statusCode() >= 400) {
            throw new ServerRefused(response.statusCode(), detail(body, response.statusCode()));
        }
        return body;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) throws ServerRefused {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServerRefused(0, "cannot reach " + site.url() + ": " + unreachable(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerRefused(0, "interrupted");
        }
    }

    /** Why the server could not be reached, in words. */
    private static String unreachable(IOException failure) {
        if (failure instanceof java.net.ConnectException) {
            return "nothing answers there (is the server running, and is the port right?)";
        }
        if (failure instanceof java.net.http.HttpTimeoutException) {
            return "it did not answer in time";
        }
        if (failure instanceof javax.net.ssl.SSLException) {
            return "the secure connection failed (is the server's certificate trusted here?)";
        }
        if (failure.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
            return "that host name is not known";
        }
        return "the connection failed";
    }

    private static JsonElement parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonNull.INSTANCE;
        }
        try {
            return JsonParser.parseString(body);
        } catch (JsonParseException e) {
            return JsonNull.INSTANCE;
        }
    }

    private static String detail(JsonElement problem, int status) {
        if (problem.isJsonObject() && problem.getAsJsonObject().has("detail")) {
            return problem.getAsJsonObject().get("detail").getAsString();
        }
        return "the server answered HTTP " + status;
    }
}
