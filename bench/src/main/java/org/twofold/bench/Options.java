package org.twofold.bench;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs, with the environment's TWOFOLD_URL and TWOFOLD_API_KEY as defaults. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, not " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
    }

    URI url() {
        String url = values.getOrDefault("url", System.getenv().getOrDefault("TWOFOLD_URL", "http://localhost:9080/"));
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    String key() {
        String key = values.getOrDefault("key", System.getenv("TWOFOLD_API_KEY"));
        if (key == null) {
            throw new IllegalArgumentException("give an administrator's API key: --key KEYID:SECRET or TWOFOLD_API_KEY");
        }
        return key;
    }

    int number(String name, int fallback) {
        return Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)));
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
