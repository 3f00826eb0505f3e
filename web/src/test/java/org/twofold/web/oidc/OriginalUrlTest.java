package org.twofold.web.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.network.Cidr;

class OriginalUrlTest {

    private static final List<Cidr> PROXIES = Cidr.parseList("10.0.0.5/32");

    @ParameterizedTest(name = "[{index}] from {0} -> {6}")
    @CsvSource(nullValues = "-", value = {
        // nginx: X-Original-URL, from the proxy only
        "10.0.0.5, https://wiki.corp.example/a?b=1, -,     -,                 -,       https://wiki.corp.example/a?b=1",
        "10.0.0.9, https://wiki.corp.example/a?b=1, -,     -,                 -,       -",
        // Traefik: X-Forwarded-Proto, -Host and -Uri
        "10.0.0.5, -,                               https, wiki.corp.example, /a?b=1,  https://wiki.corp.example/a?b=1",
        "10.0.0.5, -,                               https, wiki.corp.example, -,       https://wiki.corp.example/",
        "10.0.0.5, -,                               -,     wiki.corp.example, /a,      -",
        "10.0.0.9, -,                               https, wiki.corp.example, /a,      -"
    })
    void isBelievedOnlyFromATrustedProxy(String peer, String originalUrl, String proto, String host, String uri, String expected) {
        assertEquals(expected, OriginalUrl.resolve(peer, originalUrl, proto, host, uri, PROXIES).orElse(null));
    }
}
