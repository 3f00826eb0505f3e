package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release package as IT installs it (docs/operations.md#installing-the-release-package):
 * unzipped into an empty folder, settings added to its server.env, started with
 * {@code bin/server start twofold}; the first administrator then signs in.
 */
class ReleasePackageIT {

    private static final Path ZIP = Path.of(System.getProperty("twofold.it.release.zip", "target/twofold.zip"));
    private static final String PASSWORD = "Release-Admin-Passw0rd-1";
    private static final URI BASE = URI.create("https://localhost:9883");
    private static Path wlp;

    @BeforeAll
    static void unzipAndStart() throws Exception {
        Path folder = Files.createTempDirectory("twofold-release");
        unzip(ZIP, folder);
        wlp = folder.resolve("wlp");
        Files.writeString(wlp.resolve("usr/servers/twofold/server.env"), String.join("\n", "",
                "TWOFOLD_HTTP_PORT=9880",
                "TWOFOLD_HTTPS_PORT=9883",
                "TWOFOLD_MESSAGING_PORT=9876",
                "TWOFOLD_MESSAGING_SECURE_PORT=9877",
                "TWOFOLD_DATA_DIR=" + folder.resolve("data"),
                "TWOFOLD_ADMIN_PASSWORD=" + PASSWORD, ""), StandardOpenOption.APPEND);
        assertEquals(0, server("start"), "bin/server start twofold");
        awaitLog("CWWKZ000[12]");
    }

    @AfterAll
    static void stop() throws Exception {
        server("stop");
    }

    @Test
    void theFirstAdministratorSignsInAndSetsUpAnApp() throws Exception {
        Browser browser = new Browser(BASE);
        Browser.Page enrol = browser.submit(browser.get("/login.xhtml"), "login",
                Map.of("username", "Administrator", "password", PASSWORD), "submit");
        assertEquals("/enrol.xhtml", enrol.path(), enrol.text());
        Authenticator app = new Authenticator(enrol.html().getElementById("secret").text().replace(" ", ""));
        Browser.Page desk = browser.submit(enrol, "enrol", Map.of("otp", app.nextCode()), "verify");
        assertEquals("/desk.xhtml", desk.path(), desk.text());
        assertTrue(desk.text().contains("Welcome, Administrator"), desk.text());
        assertTrue(log().contains("CWWKZ0001I: Application twofold started"), "the packaged application started");
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        // Java's zip reader keeps no file modes: the scripts are made runnable again, as unzip would.
        try (Stream<Path> scripts = Files.walk(into.resolve("wlp/bin"))) {
            scripts.filter(Files::isRegularFile).forEach(script -> script.toFile().setExecutable(true));
        }
    }

    private static int server(String action) throws Exception {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, "twofold")
                .redirectErrorStream(true).redirectOutput(wlp.resolveSibling("server-" + action + ".log").toFile()).start();
        return process.waitFor(240, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private static void awaitLog(String pattern) throws Exception {
        for (int i = 0; i < 480; i++) {
            if (Pattern.compile(pattern).matcher(log()).find()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the packaged server did not start its application: " + log());
    }

    private static String log() throws IOException {
        Path file = wlp.resolve("usr/servers/twofold/logs/messages.log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
