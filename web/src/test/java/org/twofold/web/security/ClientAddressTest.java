package org.twofold.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.network.Cidr;

class ClientAddressTest {

    private static final List<Cidr> PROXIES = Cidr.parseList("10.0.0.0/24");

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For \"{1}\" -> {2}")
    @CsvSource(delimiter = ';', value = {
        "203.0.113.5; ;                            203.0.113.5",
        "203.0.113.5; 192.0.2.1;                   203.0.113.5",   // not from a proxy: header ignored
        "10.0.0.2;    192.0.2.1;                   192.0.2.1",
        "10.0.0.2;    198.51.100.7, 192.0.2.1;     192.0.2.1",     // the client cannot prepend a fake
        "10.0.0.2;    192.0.2.1, 10.0.0.3;         192.0.2.1",     // two trusted hops
        "10.0.0.2;    10.0.0.3;                    10.0.0.2",      // only proxies: the peer
        "10.0.0.2;    not-an-address;              10.0.0.2"
    })
    void trustsTheHeaderOnlyFromTrustedProxies(String peer, String header, String expected) {
        assertEquals(expected, ClientAddress.resolve(peer, header, PROXIES));
    }
}
