package org.twofold.domain.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        String first = PasswordHasher.hash("correct horse");
        String second = PasswordHasher.hash("correct horse");
        assertTrue(first.startsWith("pbkdf2-sha512$210000$"), first);
        assertNotEquals(first, second);
        assertTrue(PasswordHasher.verify("correct horse", first));
        assertFalse(PasswordHasher.verify("correct horsE", first));
        assertFalse(PasswordHasher.verify("", first));
        assertFalse(PasswordHasher.verify(null, first));
        assertFalse(PasswordHasher.verify("correct horse", "garbage"));
    }
}
