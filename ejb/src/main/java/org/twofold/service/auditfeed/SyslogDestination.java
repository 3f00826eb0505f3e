package org.twofold.service.auditfeed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where syslog messages go, as TWOFOLD_AUDIT_SYSLOG names it: {@code tcp://host:port} or {@code udp://host:port}. */
public record SyslogDestination(boolean tcp, String host, int port) {

    /** @throws IllegalArgumentException with a sentence for the log when the value is not such an address */
    public static SyslogDestination parse(String value) {
        String problem = "TWOFOLD_AUDIT_SYSLOG must look like tcp://siem.example:514 or udp://siem.example:514";
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("tcp") || scheme.equals("udp")) || uri.getHost() == null || uri.getPort() < 1
                || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw new IllegalArgumentException(problem);
        }
        return new SyslogDestination(scheme.equals("tcp"), uri.getHost(), uri.getPort());
    }

    @Override
    public String toString() {
        return (tcp ? "tcp://" : "udp://") + host + ":" + port;
    }
}
