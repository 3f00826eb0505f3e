package org.twofold.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second Liberty server, as an intranet team would run one: the example application
 * (examples/intranet-app) deployed twice, as the wiki and the timesheet, each signing people in
 * through the test server with Jakarta Security's own OpenID Connect mechanism. It trusts the
 * test server's self-signed certificate, as such a server would trust the company's CA.
 */
public final class TestIntranetServer implements AutoCloseable {

    public static final int PORT = 9191;
    /**
     * By address, not as localhost: the test server sends HSTS for localhost, after which chromium
     * would ask this plain-HTTP server for HTTPS. (In production both speak HTTPS anyway.)
     */
    public static final String BASE = "http://127.0.0.1:" + PORT;
    private static final String NAME = "intranet-it";

    private TestIntranetServer() {
    }

    /** The address of an application's page. */
    public static String page(String application, String path) {
        return BASE + "/" + application + path;
    }

    public static TestIntranetServer start(String clientSecret) throws Exception {
        Path wlp = Path.of(System.getProperty("twofold.it.wlp.dir"));
        Path server = wlp.resolve("usr/servers/" + NAME);
        if (!Files.isDirectory(server)) {
            run(wlp, "create");
        }
        Path apps = Files.createDirectories(server.resolve("apps"));
        Path war = Path.of(System.getProperty("twofold.it.example.war"));
        for (String application : List.of("wiki", "timesheet")) {
            Files.copy(war, apps.resolve(application + ".war"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path trust = Path.of(System.getProperty("twofold.it.data.dir"), "tls", "self-signed.p12");
        Files.writeString(server.resolve("server.xml"), """
                <server description="An intranet team's server, signing in through Twofold">
                  <featureManager>
                    <feature>appSecurity-5.0</feature>
                    <feature>servlet-6.0</feature>
                    <feature>cdi-4.0</feature>
                    <feature>transportSecurity-1.0</feature>
                  </featureManager>
                  <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1" httpPort="%d" httpsPort="%d"/>
                  <!-- The sign-in lives in each application's session (as examples/intranet-app's README
                       says), not in Liberty's single sign-on cookie: a back-channel logout ends it. -->
                  <webAppSecurity singleSignonEnabled="false"/>
                  <!-- Signing out ends the sign-in first and the session after: Liberty's check that a
                       session is used only by its owner would refuse that second step. -->
                  <httpSession securityIntegrationEnabled="false"/>
                  <keyStore id="defaultKeyStore" password="intranet-it-keystore"/>
                  <keyStore id="twofoldCertificate" location="%s" type="PKCS12" password="twofold-self-signed" readOnly="true"/>
                  <ssl id="defaultSSLConfig" keyStoreRef="defaultKeyStore" trustStoreRef="twofoldCertificate" trustDefaultCerts="true"/>
                  <webApplication id="wiki" name="wiki" location="wiki.war" contextRoot="/wiki"/>
                  <webApplication id="timesheet" name="timesheet" location="timesheet.war" contextRoot="/timesheet"/>
                </server>
                """.formatted(PORT, PORT + 453, trust));
        // The applications' own HTTP clients (back-channel logout fetches Twofold's keys) trust it too.
        Files.writeString(server.resolve("jvm.options"), "-Djavax.net.ssl.trustStore=" + trust
                + "\n-Djavax.net.ssl.trustStorePassword=twofold-self-signed\n-Djavax.net.ssl.trustStoreType=PKCS12\n");
        Files.writeString(server.resolve("server.env"), "TWOFOLD_PROVIDER_URI=" + TestApplication.issuer() + "\n"
                + "TWOFOLD_CLIENT_SECRET=" + clientSecret + "\nAPP_BASE_URL=" + BASE + "\n");
        run(wlp, "start");
        awaitPage();
        return new TestIntranetServer();
    }

    /** Waits until both applications answer (a redirect to sign in is an answer). */
    private static void awaitPage() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        for (String application : List.of("wiki", "timesheet")) {
            while (true) {
                try {
                    HttpURLConnection connection = (HttpURLConnection) URI.create(page(application, "/signed-out.html")).toURL().openConnection();
                    connection.setInstanceFollowRedirects(false);
                    if (connection.getResponseCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the intranet server did not start: " + log());
                }
                Thread.sleep(500);
            }
        }
    }

    /** The server's messages.log, for a failing test to show. */
    public static String log() throws IOException {
        Path log = Path.of(System.getProperty("twofold.it.wlp.dir"), "usr/servers", NAME, "logs/messages.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    @Override
    public void close() throws Exception {
        run(Path.of(System.getProperty("twofold.it.wlp.dir")), "stop");
    }

    private static void run(Path wlp, String action) throws Exception {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolveSibling("intranet-server-script.log").toFile()))
                .start();
        if (!process.waitFor(240, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("server " + action + " " + NAME + " failed; see " + wlp.resolveSibling("intranet-server-script.log"));
        }
    }
}
