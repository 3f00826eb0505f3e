package org.twofold.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser: its cookies, GETs, and Faces form posts with every input of the form (the
 * view state and the CSP nonce field among them), as the browser sends them. Redirects are
 * followed; each request's time is reported to the {@link Timings}.
 */
final class WebSession {

    /** A page the server answered, where it ended up and its HTML. */
    record Page(URI uri, int status, Document html) {
        String path() {
            return uri.getPath();
        }

        /** The page's path and its Faces messages, for an error report. */
        String describe() {
            String messages = html.select(".ui-messages, .ui-message, .tf-messages").text();
            return uri.getPath() + (messages.isEmpty() ? "" : " (" + messages + ")");
        }
    }

    private final URI base;
    private final HttpClient http;
    private final Timings timings;
    /** The client address a trusted proxy would report, or null to send none. */
    private final String forwardedFor;

    WebSession(URI base, Timings timings) {
        this(base, timings, null);
    }

    WebSession(URI base, Timings timings, String forwardedFor) {
        this.base = base;
        this.timings = timings;
        this.forwardedFor = forwardedFor;
        this.http = HttpClient.newBuilder().cookieHandler(new LocalhostIsSecure())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Cookies as a browser keeps them: one marked Secure also goes to http://localhost, which
     * browsers count as a secure origin (Keycloak's session cookies are Secure; it runs on plain
     * HTTP on loopback here).
     */
    private static final class LocalhostIsSecure extends CookieManager {

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean local = "http".equals(uri.getScheme()) && "localhost".equals(uri.getHost());
            return super.get(local ? URI.create("https" + uri.toString().substring("http".length())) : uri, headers);
        }
    }

    Page get(String path, String timing) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), timing);
    }

    /** Posts form {@code formId} with these fields (named inside the form) changed and this button pressed. */
    Page submit(Page page, String formId, Map<String, String> fields, String button, String timing)
            throws IOException, InterruptedException {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("no form " + formId + " on " + page.path());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        fields.forEach((name, value) -> values.put(formId + ":" + name, value));
        values.put(formId + ":" + button, "");
        return postTo(page, form, values, timing);
    }

    /**
     * Posts a plain HTML form (not a Faces one: the names are the inputs' own), with its other
     * inputs as they are, as a browser does.
     */
    Page post(Page page, String formSelector, Map<String, String> fields, String timing)
            throws IOException, InterruptedException {
        Element form = page.html().selectFirst(formSelector);
        if (form == null) {
            throw new IllegalStateException("no form " + formSelector + " on " + page.path());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            if (!input.attr("type").equals("checkbox") && !input.attr("type").equals("submit")) {
                values.put(input.attr("name"), input.attr("value"));
            }
        }
        values.putAll(fields);
        return postTo(page, form, values, timing);
    }

    private Page postTo(Page page, Element form, Map<String, String> values, String timing)
            throws IOException, InterruptedException {
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), timing);
    }

    /** Opens an absolute address (an authorization request, say). */
    Page open(URI address, String timing) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(address).GET(), timing);
    }

    private Page send(HttpRequest.Builder request, String timing) throws IOException, InterruptedException {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        timings.record(timing, System.nanoTime() - start);
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri().getPath());
        }
        return new Page(response.uri(), response.statusCode(), Jsoup.parse(response.body(), response.uri().toString()));
    }
}
