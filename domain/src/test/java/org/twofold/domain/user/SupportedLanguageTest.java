package org.twofold.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportedLanguageTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(value = {"de, DE", "de-AT, DE", "de_CH, DE", "FR, FR", "fr-CA, FR", "es-419, ES", "en-GB, EN", "en, EN",
        "it, -", "'', -", "nonsense-tag-that-goes-on-and-on-and-on, -", "zz, -"}, nullValues = "-")
    void aTagNamesASupportedLanguageOrNone(String tag, SupportedLanguage expected) {
        assertEquals(Optional.ofNullable(expected), SupportedLanguage.of(tag));
    }
}
