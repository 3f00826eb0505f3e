package org.twofold.domain.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void roundTripsAndHidesThePlaintext() {
        SecretCipher cipher = new SecretCipher(key(7));
        byte[] seed = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        byte[] aad = "factor:1".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = cipher.encrypt(seed, aad);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("1234567890"));
        assertArrayEquals(seed, cipher.decrypt(sealed, aad));
    }

    @Test
    void refusesAnotherKeyAnotherRowOrATamperedValue() {
        byte[] seed = {1, 2, 3};
        byte[] aad = {9};
        byte[] sealed = new SecretCipher(key(7)).encrypt(seed, aad);
        assertThrows(IllegalStateException.class, () -> new SecretCipher(key(8)).decrypt(sealed, aad));
        assertThrows(IllegalStateException.class, () -> new SecretCipher(key(7)).decrypt(sealed, new byte[] {8}));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> new SecretCipher(key(7)).decrypt(sealed, aad));
    }

    @Test
    void refusesKeysThatAreNot256Bits() {
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[16]));
    }
}
