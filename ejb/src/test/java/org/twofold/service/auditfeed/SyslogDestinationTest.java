package org.twofold.service.auditfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyslogDestinationTest {

    @ParameterizedTest
    @CsvSource({
        "tcp://siem.example:514, true, siem.example, 514",
        "UDP://10.0.0.9:1514, false, 10.0.0.9, 1514",
        "' tcp://localhost:6514 ', true, localhost, 6514",
    })
    void readsProtocolHostAndPort(String value, boolean tcp, String host, int port) {
        assertEquals(new SyslogDestination(tcp, host, port), SyslogDestination.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"siem.example:514", "tcp://siem.example", "http://siem.example:514", "tcp://:514",
        "tcp://siem.example:514/x", "tcp://siem example:514"})
    void refusesAnythingElseWithASentence(String value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SyslogDestination.parse(value));
        assertEquals("TWOFOLD_AUDIT_SYSLOG must look like tcp://siem.example:514 or udp://siem.example:514", refused.getMessage());
    }
}
