package org.twofold.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser does, minus the rendering: a cookie jar, redirects, and submitting a
 * page's form with its hidden fields (Faces view state included).
 */
public final class Browser {

    static final URI BASE = URI.create(System.getProperty("twofold.url", "https://localhost:9543"));

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .sslContext(TestTls.acceptingTestServers())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A browser of the test server. */
    public Browser() {
        this(BASE);
    }

    /** A browser of another server, e.g. the one the upgrade test starts. */
    public Browser(URI base) {
        this.base = base;
    }

    public record Page(int status, URI uri, String body, HttpResponse<String> response) {

        public Document html() {
            return Jsoup.parse(body, uri.toString());
        }

        public String path() {
            return uri.getPath();
        }

        public String text() {
            return html().body().text();
        }

        /** Messages the page shows (PrimeFaces p:messages). */
        public String messages() {
            return html().select(".ui-messages").text();
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Submits the form with this id as its button would: every input of the form with its
     * current value, the given fields changed, and the button's name.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        return submit(page, formId, fields, buttonId, Map.of());
    }

    /** As above, with the Faces view state replaced (to post a form whose view has expired). */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId, String viewState) {
        return submit(page, formId, fields, buttonId,
                viewState == null ? Map.of() : Map.of("jakarta.faces.ViewState", viewState));
    }

    /** As above, with hidden fields (named in full, not inside the form's id) replaced. */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId,
            Map<String, String> replacedHiddenFields) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form '" + formId + "' on " + page.uri() + ": " + page.text());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        fields.forEach((name, value) -> values.put(formId + ":" + name, value));
        values.put(formId + ":" + buttonId, "");
        values.putAll(replacedHiddenFields);
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve(form.attr("action"));
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** A different browser that has stolen this one's current session cookie. */
    Browser withSessionCookie(String sessionId) {
        Browser other = new Browser();
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        other.cookies.getCookieStore().add(BASE, cookie);
        return other;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
