package org.twofold.domain.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

    private static byte[] seed(OtpAlgorithm algorithm) {
        String base = "12345678901234567890";
        String repeated = base.repeat(4).substring(0, algorithm.seedBytes());
        return repeated.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "{1} at {0} gives {2}")
    @CsvSource({
        "59, SHA1, 94287082", "59, SHA256, 46119246", "59, SHA512, 90693936",
        "1111111109, SHA1, 07081804", "1111111109, SHA256, 68084774", "1111111109, SHA512, 25091201",
        "1111111111, SHA1, 14050471", "1111111111, SHA256, 67062674", "1111111111, SHA512, 99943326",
        "1234567890, SHA1, 89005924", "1234567890, SHA256, 91819424", "1234567890, SHA512, 93441116",
        "2000000000, SHA1, 69279037", "2000000000, SHA256, 90698825", "2000000000, SHA512, 38618901",
        "20000000000, SHA1, 65353130", "20000000000, SHA256, 77737706", "20000000000, SHA512, 47863826"
    })
    void matchesRfc6238AppendixB(long time, OtpAlgorithm algorithm, String expected) {
        TotpParameters eightDigits = new TotpParameters(algorithm, 8, 30);
        assertEquals(expected, Totp.generate(seed(algorithm), time, eightDigits));
        assertEquals(OptionalLong.of(time / 30), Totp.verify(seed(algorithm), expected, time, eightDigits, 0));
    }

    @Test
    void acceptsOneStepOfDriftEitherWayAndNoMore() {
        byte[] key = seed(OtpAlgorithm.SHA1);
        long now = 1_700_000_000L;
        TotpParameters p = TotpParameters.DEFAULT;
        for (int offset : new int[] {-30, 0, 30}) {
            String code = Totp.generate(key, now + offset, p);
            assertTrue(Totp.verify(key, code, now, p, 1).isPresent(), "offset " + offset);
        }
        for (int offset : new int[] {-90, -60, 60, 90}) {
            String code = Totp.generate(key, now + offset, p);
            OptionalLong match = Totp.verify(key, code, now, p, 1);
            // A far code may collide with a near one by chance (1 in 10^6); it must not match its own step.
            assertTrue(match.isEmpty() || match.getAsLong() != Totp.step(now + offset, 30), "offset " + offset);
        }
    }

    @Test
    void refusesWindowsWiderThanOneStep() {
        assertThrows(IllegalArgumentException.class,
                () -> Totp.verify(seed(OtpAlgorithm.SHA1), "000000", 0, TotpParameters.DEFAULT, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "%", "*", "12345", "1234567", "12345a", "-12345", "+12345",
        "\u0661\u0662\u0663\u0664\u0665\u0666", "１２３４５６"})
    void rejectsMalformedCodesWithoutError(String typed) {
        assertTrue(Totp.verify(seed(OtpAlgorithm.SHA1), typed, 59, TotpParameters.DEFAULT, 1).isEmpty());
    }

    @Test
    void rejectsNullAndHugeCodes() {
        assertTrue(Totp.verify(seed(OtpAlgorithm.SHA1), null, 59, TotpParameters.DEFAULT, 1).isEmpty());
        assertTrue(Totp.verify(seed(OtpAlgorithm.SHA1), "1".repeat(1000), 59, TotpParameters.DEFAULT, 1).isEmpty());
    }
}
