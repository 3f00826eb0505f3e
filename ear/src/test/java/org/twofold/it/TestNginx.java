package org.twofold.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx in front of a site, as docs/nginx-forward-auth.conf configures it (names and
 * ports changed, nothing else), started as an ordinary process in a temporary folder; and the
 * site itself, a small server that shows which Remote-* headers reached it.
 */
public final class TestNginx implements AutoCloseable {

    /** The site's address through nginx. */
    public static final int PORT = 9446;
    private static final int UPSTREAM_PORT = 9447;
    private static final Path DOCUMENTED = Path.of(System.getProperty("twofold.it.docs.dir", "../docs"), "nginx-forward-auth.conf");

    private final Path folder;
    private final Process nginx;
    private final HttpServer site;

    private TestNginx(Path folder, Process nginx, HttpServer site) {
        this.folder = folder;
        this.nginx = nginx;
        this.site = site;
    }

    public static String siteUrl() {
        return "https://localhost:" + PORT + "/";
    }

    public static TestNginx start() throws IOException, InterruptedException {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", UPSTREAM_PORT), 0);
        site.createContext("/", exchange -> {
            String who = exchange.getRequestHeaders().getFirst("Remote-User");
            String groups = exchange.getRequestHeaders().getFirst("Remote-Groups");
            byte[] page = ("<html><body><p id=\"who\">Hello " + who + "</p><p id=\"groups\">Groups: " + groups
                    + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        Path folder = Files.createTempDirectory("twofold-nginx");
        certificate(folder);
        Files.createDirectories(folder.resolve("logs"));
        Files.writeString(folder.resolve("nginx.conf"), "user root root;\nerror_log " + folder.resolve("logs/error.log") + ";\n"
                + "pid " + folder.resolve("nginx.pid") + ";\nevents {}\nhttp {\n"
                + "  access_log off;\n  client_body_temp_path " + folder.resolve("body") + ";\n"
                + "  proxy_temp_path " + folder.resolve("proxy") + ";\n  fastcgi_temp_path " + folder.resolve("fastcgi") + ";\n"
                + "  uwsgi_temp_path " + folder.resolve("uwsgi") + ";\n  scgi_temp_path " + folder.resolve("scgi") + ";\n"
                + documentedServer(folder) + "\n}\n");
        // Debian puts it in /usr/sbin, which a user's PATH may lack.
        String program = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        Process nginx = new ProcessBuilder(program, "-p", folder.toString(), "-c", folder.resolve("nginx.conf").toString(),
                "-e", folder.resolve("logs/error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(folder.resolve("logs/out.log").toFile()).start();
        TestNginx started = new TestNginx(folder, nginx, site);
        started.awaitListening();
        return started;
    }

    /** The documented server block, pointed at the test's Twofold, site and certificate. */
    private static String documentedServer(Path folder) throws IOException {
        String twofold = Browser.BASE.getHost() + ":" + Browser.BASE.getPort();
        return Files.readString(DOCUMENTED)
                .replace("listen 443 ssl;", "listen 127.0.0.1:" + PORT + " ssl;")
                .replace("server_name wiki.corp.example;", "server_name localhost;")
                .replace("/etc/ssl/wiki.corp.example.crt", folder.resolve("site.crt").toString())
                .replace("/etc/ssl/wiki.corp.example.key", folder.resolve("site.key").toString())
                .replace("http://127.0.0.1:8080", "http://127.0.0.1:" + UPSTREAM_PORT)
                // The test server's certificate is self-signed; and the requests must come from the
                // address the test server trusts as its proxy (TWOFOLD_TRUSTED_PROXIES in server.env).
                .replace("https://twofold.corp.example/auth/forward;", "https://" + twofold + "/auth/forward;\n        proxy_bind 127.0.0.2;")
                .replace("proxy_ssl_verify on;", "proxy_ssl_verify off;");
    }

    private static void certificate(Path folder) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-keyout", folder.resolve("site.key").toString(),
                "-out", folder.resolve("site.crt").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("openssl.log").toFile()).start();
        if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
            throw new IllegalStateException("openssl could not make the site's certificate: " + Files.readString(folder.resolve("openssl.log")));
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(folder.resolve("logs/out.log"))
                        + Files.readString(folder.resolve("logs/error.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", PORT)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + PORT);
    }

    @Override
    public void close() {
        nginx.destroy();
        try {
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        site.stop(0);
    }

    /** nginx's error log, for a failing test to show. */
    public String errorLog() {
        try {
            return Files.readString(folder.resolve("logs/error.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
