package org.twofold.web.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as a person reads it: in their time zone and their language's style, with the zone named. */
public final class TimeText {

    private TimeText() {
    }

    public static String format(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant)
                + " " + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(instant);
    }

    /** The zone a browser named (an IANA id such as Europe/Berlin), or UTC when it named none or nonsense. */
    public static ZoneId zone(String browserZone) {
        if (browserZone == null || browserZone.isBlank() || browserZone.length() > 64) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(browserZone);
        } catch (java.time.DateTimeException unknown) {
            return ZoneId.of("UTC");
        }
    }
}
