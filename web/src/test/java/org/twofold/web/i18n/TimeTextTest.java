package org.twofold.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A moment in the reader's zone and language, the zone always named; never a raw ISO instant. */
class TimeTextTest {

    private static final Instant MOMENT = Instant.parse("2026-12-07T05:59:03.263Z");

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Europe/Berlin    | de | 07.12.2026, 06:59:03 MEZ",
        "Europe/Paris     | fr | 7 déc. 2026, 06:59:03 CET",
        "Europe/Madrid    | es | 7 dic 2026 6:59:03 CET",
        "America/New_York | en | Dec 7, 2026, 12:59:03 AM EST",
        "UTC              | en | Dec 7, 2026, 5:59:03 AM UTC"})
    void inTheReadersZoneAndLanguage(String zone, String language, String expected) {
        assertEquals(expected, TimeText.format(MOMENT, ZoneId.of(zone), Locale.forLanguageTag(language)));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(value = {"-", "''", "Mars/Olympus_Mons", "../../etc"}, nullValues = "-")
    void aZoneTheBrowserDidNotNameIsUtc(String browserZone) {
        assertEquals(ZoneId.of("UTC"), TimeText.zone(browserZone));
    }
}
