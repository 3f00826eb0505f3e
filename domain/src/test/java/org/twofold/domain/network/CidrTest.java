package org.twofold.domain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "10.0.0.0/8,      10.200.3.4,    true",
        "10.0.0.0/8,      11.0.0.1,      false",
        "192.168.1.0/24,  192.168.1.255, true",
        "192.168.1.0/24,  192.168.2.1,   false",
        "172.16.0.0/12,   172.31.255.1,  true",
        "172.16.0.0/12,   172.32.0.1,    false",
        "203.0.113.7,     203.0.113.7,   true",
        "203.0.113.7,     203.0.113.8,   false",
        "0.0.0.0/0,       8.8.8.8,       true",
        "2001:db8::/32,   2001:db8:1::1, true",
        "2001:db8::/32,   2001:db9::1,   false",
        "10.0.0.0/8,      ::1,           false",
        "10.0.0.0/8,      not-an-ip,     false"
    })
    void decidesMembership(String block, String address, boolean expected) {
        assertEquals(expected, Cidr.parse(block).contains(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.0/33", "10.0.0.0/x", "example.com", "10.0.0", "1.2.3.4/-1"})
    void refusesWhatIsNotABlock(String text) {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
    }

    @org.junit.jupiter.api.Test
    void readsLists() {
        assertEquals(3, Cidr.parseList("10.0.0.0/8, 192.168.0.0/16\n2001:db8::/32").size());
        assertEquals(0, Cidr.parseList("  ").size());
    }
}
