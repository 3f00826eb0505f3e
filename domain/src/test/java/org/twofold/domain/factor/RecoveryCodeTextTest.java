package org.twofold.domain.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryCodeTextTest {

    @Test
    void aCodeIsFourGroupsOfFourFromCrockfordsAlphabetAndReadsBackAsItself() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = RecoveryCodeText.newCode();
            assertTrue(code.matches("[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}"), code);
            assertEquals(code.replace("-", ""), RecoveryCodeText.normalize(code));
            seen.add(code);
        }
        assertEquals(1000, seen.size(), "80 random bits: no repeats");
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = ';', nullValues = "NULL", value = {
        "7k2m-qx9d-4hrt-b0ze;      7k2mqx9d4hrtb0ze",
        "7K2M-QX9D-4HRT-B0ZE;      7k2mqx9d4hrtb0ze",   // case does not matter
        "7k2m qx9d 4hrt b0ze;      7k2mqx9d4hrtb0ze",   // nor spaces
        "7k2mqx9d4hrtbOze;         7k2mqx9d4hrtb0ze",   // O reads as 0
        "ik2m-qx9d-4hrt-b0ze;      1k2mqx9d4hrtb0ze",   // i and l read as 1
        "7k2m-qx9d-4hrt-b0z;       ''",                 // too short
        "7k2m-qx9d-4hrt-b0zee;     ''",                 // too long
        "7k2m-qx9d-4hrt-b0zu;      ''",                 // u is not in the alphabet
        "7k2m-qx9d-4hrt-b0z%;      ''",
        "'';                       ''",
        "NULL;                     ''"
    })
    void whatWasTypedIsReadLeniently(String typed, String expected) {
        assertEquals(expected, RecoveryCodeText.normalize(typed));
    }
}
