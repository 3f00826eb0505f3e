package org.twofold.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.network.Cidr;

class RequestSchemeTest {

    private static final List<Cidr> PROXIES = Cidr.parseList("10.0.0.0/24");

    @ParameterizedTest(name = "TLS {0}, peer {1}, X-Forwarded-Proto \"{2}\" -> {3}")
    @CsvSource(delimiter = ';', value = {
        "true;  203.0.113.5; ;             true",
        "false; 203.0.113.5; ;             false",
        "false; 203.0.113.5; https;        false",   // not from a proxy: a client cannot claim TLS
        "false; 10.0.0.2;    https;        true",    // TLS ended at the trusted proxy
        "false; 10.0.0.2;    HTTPS;        true",
        "false; 10.0.0.2;    http;         false",
        "false; 10.0.0.2;    ;             false",
        "false; 10.0.0.2;    https, http;  false",   // the nearest proxy's value counts
        "false; 10.0.0.2;    http, https;  true"
    })
    void believesForwardedProtoOnlyFromTrustedProxies(boolean tls, String peer, String header, boolean expected) {
        assertEquals(expected, RequestScheme.isHttps(tls, peer, header, PROXIES));
    }
}
