package org.twofold.domain.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final byte[] SEED = {1, 2, 3, 4, 5};
    private static final byte[] ROW = {42};

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aKeysIdIsTheStartOfItsSha256() {
        // sha256 of 32 zero bytes: 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
        assertEquals("66687aad", KeyRing.idOf(new byte[32]));
        assertEquals(8, KeyRing.idOf(key(7)).length());
        assertTrue(HexFormat.isHexDigit(KeyRing.idOf(key(7)).charAt(0)));
    }

    @Test
    void valuesSealedWithAPreviousKeyStillOpenAndNewOnesUseTheCurrentKey() {
        KeyRing before = new KeyRing(key(1), List.of());
        KeyRing.Sealed old = before.seal(SEED, ROW);
        assertEquals(KeyRing.idOf(key(1)), old.keyId());

        KeyRing rotated = new KeyRing(key(2), List.of(key(1)));
        assertArrayEquals(SEED, rotated.open(old, ROW));
        KeyRing.Sealed renewed = rotated.seal(rotated.open(old, ROW), ROW);
        assertEquals(KeyRing.idOf(key(2)), renewed.keyId());
        assertNotEquals(old.keyId(), renewed.keyId());
        assertArrayEquals(SEED, new KeyRing(key(2), List.of()).open(renewed, ROW), "once re-sealed, the old key is not needed");
    }

    @Test
    void aMissingKeyIsNamed() {
        KeyRing.Sealed old = new KeyRing(key(1), List.of()).seal(SEED, ROW);
        KeyRing other = new KeyRing(key(2), List.of(key(3)));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> other.open(old, ROW));
        assertTrue(refused.getMessage().contains(KeyRing.idOf(key(1))), refused.getMessage());
        assertEquals(Set.of(KeyRing.idOf(key(1))), other.missing(List.of(KeyRing.idOf(key(1)), KeyRing.idOf(key(3)))));
        assertEquals(KeyRing.idOf(key(2)) + " (current), " + KeyRing.idOf(key(3)), other.describe());
    }

    @Test
    void theKeyThatSealedAValueWithoutIdIsFoundByTrying() {
        byte[] legacy = new SecretCipher(key(1)).encrypt(SEED, ROW);
        assertEquals(Optional.of(KeyRing.idOf(key(1))), new KeyRing(key(2), List.of(key(1))).idOpening(legacy, ROW));
        assertEquals(Optional.empty(), new KeyRing(key(2), List.of(key(3))).idOpening(legacy, ROW));
    }
}
