package org.twofold.service.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which release of Twofold this is, as the build wrote it into release.properties. */
public final class Release {

    private static final String NUMBER = read();

    private Release() {
    }

    /** The release's number, such as 0.1.0 (a build between releases ends in -SNAPSHOT). */
    public static String number() {
        return NUMBER;
    }

    private static String read() {
        try (InputStream in = Release.class.getResourceAsStream("release.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("release", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
