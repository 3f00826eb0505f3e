package org.twofold.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the console shows them: the server's time zone, to the second. */
@Named("consoleFormat")
@ApplicationScoped
public class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
