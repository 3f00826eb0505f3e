package org.twofold.service.auditfeed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An RFC 5424 syslog message carrying one audit event's JSON line: facility authpriv (10),
 * severity notice for a success and warning for a failure, the event's type as MSGID, no
 * structured data. Over TCP each message is framed by its length in octets (RFC 6587).
 */
public final class SyslogMessage {

    private static final int AUTHPRIV = 10;
    private static final int WARNING = 4;
    private static final int NOTICE = 5;

    private SyslogMessage() {
    }

    public static String of(Instant at, String host, String eventType, boolean failure, String json) {
        int priority = AUTHPRIV * 8 + (failure ? WARNING : NOTICE);
        return "<" + priority + ">1 " + DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS))
                + " " + field(host, 255) + " twofold - " + field(eventType, 32) + " - " + json;
    }

    /** The message as sent over TCP: its length in octets, a space, the message. */
    public static byte[] octetCounted(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = (bytes.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = new byte[prefix.length + bytes.length];
        System.arraycopy(prefix, 0, framed, 0, prefix.length);
        System.arraycopy(bytes, 0, framed, prefix.length, bytes.length);
        return framed;
    }

    /** A header field: printable ASCII without spaces, at most {@code max} characters; "-" when empty. */
    private static String field(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder clean = new StringBuilder();
        value.codePoints().limit(max).forEach(c -> clean.append(c > 32 && c < 127 ? (char) c : '_'));
        return clean.toString();
    }
}
