package org.twofold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteTest {

    @TempDir
    Path home;

    @Test
    void flagsComeFirstThenTheEnvironmentThenTheSitesFileThenLocalhost() throws Exception {
        sites("default=prod\nprod.url=https://prod.example/\nprod.key=p:1\n");
        Map<String, String> env = Map.of("TWOFOLD_URL", "https://env.example", "TWOFOLD_API_KEY", "e:2");
        assertEquals(new Site(URI.create("https://flag.example/"), "f:3"),
                Site.resolve("https://flag.example", "f:3", null, env, home));
        assertEquals(new Site(URI.create("https://env.example/"), "e:2"), Site.resolve(null, null, null, env, home));
        assertEquals(new Site(URI.create("https://prod.example/"), "p:1"), Site.resolve(null, null, null, Map.of(), home));
        Files.delete(home.resolve(Site.SITES_FILE));
        assertEquals(URI.create(Site.DEFAULT_URL), Site.resolve(null, "k:4", null, Map.of(), home).url());
    }

    @Test
    void siteNamesOneOfTheFilesSitesOverTheEnvironment() throws Exception {
        sites("default=prod\nprod.url=https://prod.example/\nprod.key=p:1\ntest.url=https://test.example/\ntest.key=t:5\n");
        Map<String, String> env = Map.of("TWOFOLD_URL", "https://env.example", "TWOFOLD_API_KEY", "e:2");
        assertEquals(new Site(URI.create("https://test.example/"), "t:5"), Site.resolve(null, null, "test", env, home));
        UsageException unknown = assertThrows(UsageException.class, () -> Site.resolve(null, null, "staging", env, home));
        assertTrue(unknown.getMessage().contains("no site staging"), unknown.getMessage());
    }

    @Test
    void noKeyOrABadAddressIsAUsageError() {
        UsageException noKey = assertThrows(UsageException.class, () -> Site.resolve(null, null, null, Map.of(), home));
        assertTrue(noKey.getMessage().startsWith("no API key"), noKey.getMessage());
        UsageException badUrl = assertThrows(UsageException.class, () -> Site.resolve("ftp://x", "k:1", null, Map.of(), home));
        assertEquals("not a server address: ftp://x", badUrl.getMessage());
    }

    private void sites(String text) throws IOException {
        Path file = home.resolve(Site.SITES_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
