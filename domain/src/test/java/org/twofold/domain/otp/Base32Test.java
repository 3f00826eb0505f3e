package org.twofold.domain.otp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void matchesRfc4648VectorsWithoutPadding(String plain, String encoded) {
        assertEquals(encoded, Base32.encode(plain.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(plain, new String(Base32.decode(encoded), StandardCharsets.US_ASCII));
    }

    @Test
    void decodesWhatPeopleTypeLowercaseSpacedOrPadded() {
        assertEquals("foobar", new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII));
    }

    @Test
    void roundTripsRandomSeeds() {
        SecureRandom random = new SecureRandom();
        for (int length = 0; length < 70; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(data, Base32.decode(Base32.encode(data)));
        }
    }

    @Test
    void rejectsCharactersOutsideTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW8"));
    }
}
