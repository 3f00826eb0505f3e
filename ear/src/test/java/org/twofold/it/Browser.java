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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser does, minus the rendering: a cookie jar, redirects, and submitting a
 * page's form with its hidden fields (Faces view state included).
 */
public final class Browser {

    public static final URI BASE = URI.create(System.getProperty("twofold.url", "https://localhost:9543"));

    private final URI base;
    private final String clientAddress;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .sslContext(TestTls.acceptingTestServers())
            .followRedirects(HttpClient.Redirect.NEVER) // followed below, while they stay on Twofold's host
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A browser of the test server. */
    public Browser() {
        this(BASE);
    }

    /** A browser of another server, e.g. the one the upgrade test starts. */
    public Browser(URI base) {
        this(base, null);
    }

    /**
     * A browser of another server, behind a proxy that has seen it come from {@code clientAddress}
     * (sent as X-Forwarded-For on every request, which the proxy extends).
     */
    public Browser(URI base, String clientAddress) {
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /**
     * @param response the last response
     * @param redirects the redirects followed to get there, first first
     */
    public record Page(int status, URI uri, String body, HttpResponse<String> response, List<HttpResponse<String>> redirects) {

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

    /** A POST without a body, as a page's script makes one (the passkey options). */
    public Page post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * Opens an address on any host: a request Twofold's pages never make, but an application
     * that sends the browser to Twofold does.
     */
    public Page open(URI address) {
        return send(HttpRequest.newBuilder(address).GET());
    }

    /** As {@link #open}, with a header of the test's choosing (one a browser could be made to send). */
    public Page open(URI address, String header, String value) {
        return send(HttpRequest.newBuilder(address).header(header, value).GET());
    }

    /**
     * Sends the request and follows redirects as a browser would (a POST answered with a
     * redirect becomes a GET), and a page's immediate {@code <meta http-equiv="refresh">}, while
     * they stay on the host of the request. One to another host (back to an application) is not
     * followed: the page answered is that hop, whose {@code uri} is where it points.
     */
    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(fromClient(request).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<HttpResponse<String>> redirects = new ArrayList<>();
            for (int hops = 0; hops < 20; hops++) {
                Optional<URI> next = nextHop(response);
                if (next.isEmpty()) {
                    break;
                }
                if (!next.get().getHost().equalsIgnoreCase(response.uri().getHost())) {
                    return new Page(response.statusCode(), next.get(), response.body(), response, List.copyOf(redirects));
                }
                redirects.add(response);
                response = http.send(fromClient(HttpRequest.newBuilder(next.get())).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            return new Page(response.statusCode(), response.uri(), response.body(), response, List.copyOf(redirects));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder fromClient(HttpRequest.Builder request) {
        return clientAddress == null ? request : request.header("X-Forwarded-For", clientAddress);
    }

    /** Where a browser goes on by itself from this answer: its redirect, or its page's immediate refresh. */
    private static Optional<URI> nextHop(HttpResponse<String> response) {
        if (isRedirect(response.statusCode())) {
            return Optional.of(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
        }
        if (response.statusCode() == 200 && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            Element refresh = Jsoup.parse(response.body()).selectFirst("meta[http-equiv=refresh]");
            if (refresh != null && refresh.attr("content").matches("0;\\s*url=.+")) {
                return Optional.of(response.uri().resolve(refresh.attr("content").replaceFirst("0;\\s*url=", "")));
            }
        }
        return Optional.empty();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
