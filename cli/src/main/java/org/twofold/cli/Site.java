package org.twofold.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

/**
 * The server a command talks to and the API key it sends. Flags first, then the environment
 * ({@code TWOFOLD_URL}, {@code TWOFOLD_API_KEY}), then the sites file in the user's home
 * ({@code ~/.twofold/sites.properties}: {@code NAME.url}, {@code NAME.key}, and
 * {@code default=NAME}); {@code --site NAME} picks a site of that file.
 */
record Site(URI url, String key) {

    static final String DEFAULT_URL = "http://localhost:9080/";
    static final String SITES_FILE = ".twofold/sites.properties";

    static Site resolve(String urlFlag, String keyFlag, String siteFlag, Map<String, String> env, Path home)
            throws UsageException {
        Properties sites = sites(home);
        String site = siteFlag != null ? siteFlag : sites.getProperty("default");
        if (siteFlag != null && sites.getProperty(siteFlag + ".url") == null && sites.getProperty(siteFlag + ".key") == null) {
            throw new UsageException("no site " + siteFlag + " in ~/" + SITES_FILE);
        }
        String url = first(urlFlag, siteFlag != null ? null : env.get("TWOFOLD_URL"), property(sites, site, "url"), DEFAULT_URL);
        String key = first(keyFlag, siteFlag != null ? null : env.get("TWOFOLD_API_KEY"), property(sites, site, "key"), null);
        if (key == null || key.isBlank()) {
            throw new UsageException("no API key: run twofold login, pass --key KEYID:SECRET, set TWOFOLD_API_KEY, or name one in ~/"
                    + SITES_FILE + " (create a key on the Security page)");
        }
        return at(url, key.strip());
    }

    /**
     * The server to sign in at ({@code twofold login}), with no key yet: --url, else the named
     * site's, else TWOFOLD_URL, else the default site's.
     */
    static Site forSigningIn(String urlFlag, String siteName, String urlOfEnvironment, Path home) throws UsageException {
        Properties sites = sites(home);
        return at(first(urlFlag, property(sites, siteName, "url"), urlOfEnvironment,
                property(sites, sites.getProperty("default"), "url"), DEFAULT_URL), null);
    }

    /**
     * Keeps a key in the sites file under {@code name} (the default site too when there is none
     * yet); the file is the user's alone (600), as is its folder (700).
     */
    static void remember(Path home, String name, URI url, String key) throws UsageException {
        Properties sites = sites(home);
        sites.setProperty(name + ".url", url.toString());
        sites.setProperty(name + ".key", key);
        sites.putIfAbsent("default", name);
        Path file = home.resolve(SITES_FILE);
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer writer = Files.newBufferedWriter(file)) {
                sites.store(writer, "twofold sites: NAME.url, NAME.key, default=NAME");
            }
        } catch (IOException e) {
            throw new UsageException("cannot write ~/" + SITES_FILE + ": " + e.getMessage());
        }
    }

    private static Site at(String url, String key) throws UsageException {
        try {
            URI uri = URI.create(url.endsWith("/") ? url : url + "/");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException();
            }
            return new Site(uri, key);
        } catch (IllegalArgumentException e) {
            throw new UsageException("not a server address: " + url);
        }
    }

    private static Properties sites(Path home) throws UsageException {
        Properties sites = new Properties();
        Path file = home.resolve(SITES_FILE);
        if (Files.isReadable(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                sites.load(reader);
            } catch (IOException e) {
                throw new UsageException("cannot read ~/" + SITES_FILE + ": " + e.getMessage());
            }
        }
        return sites;
    }

    private static String property(Properties sites, String site, String name) {
        return site == null ? null : sites.getProperty(site + "." + name);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
