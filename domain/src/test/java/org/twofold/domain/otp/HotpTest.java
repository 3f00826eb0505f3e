package org.twofold.domain.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HotpTest {

    private static final byte[] RFC4226_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "counter {0} gives {1}")
    @CsvSource({
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489"
    })
    void matchesRfc4226AppendixD(long counter, String expected) {
        assertEquals(expected, Hotp.generate(RFC4226_SECRET, counter, 6, OtpAlgorithm.SHA1));
    }

    @Test
    void refusesDigitCountsOutsideTheRfc() {
        assertThrows(IllegalArgumentException.class, () -> Hotp.generate(RFC4226_SECRET, 0, 5, OtpAlgorithm.SHA1));
        assertThrows(IllegalArgumentException.class, () -> Hotp.generate(RFC4226_SECRET, 0, 9, OtpAlgorithm.SHA1));
    }
}
