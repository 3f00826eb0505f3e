package org.twofold.service.auditfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyslogMessageTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:15:30.123456Z");

    @Test
    void aSuccessIsANoticeOfAuthpriv() {
        assertEquals("<85>1 2026-12-07T10:15:30.123Z node1 twofold - SIGN_IN_SUCCEEDED - {\"a\":1}",
                SyslogMessage.of(AT, "node1", "SIGN_IN_SUCCEEDED", false, "{\"a\":1}"));
    }

    @Test
    void aFailureIsAWarning() {
        assertEquals("<84>1 2026-12-07T10:15:30.123Z node1 twofold - PASSWORD_FAILED - {}",
                SyslogMessage.of(AT, "node1", "PASSWORD_FAILED", true, "{}"));
    }

    @Test
    void aHostNameWithSpacesOrNoneStaysOneField() {
        assertEquals("<85>1 2026-12-07T10:15:30.123Z node_one twofold - X - {}", SyslogMessage.of(AT, "node one", "X", false, "{}"));
        assertEquals("<85>1 2026-12-07T10:15:30.123Z - twofold - X - {}", SyslogMessage.of(AT, "", "X", false, "{}"));
    }

    @Test
    void overTcpTheLengthCountsOctetsNotCharacters() {
        byte[] framed = SyslogMessage.octetCounted("Zoë");
        assertEquals("4 Zoë", new String(framed, StandardCharsets.UTF_8));
    }
}
