package org.twofold.domain.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /**
     * Made outside Java with Debian's reference implementation:
     * {@code echo -n "correct horse battery" | argon2 twofoldsalt16byt -id -t 2 -k 19456 -p 1 -l 32 -e}
     */
    private static final String REFERENCE_OWASP =
            "$argon2id$v=19$m=19456,t=2,p=1$dHdvZm9sZHNhbHQxNmJ5dA$zs5DsrurikCvyiDPu92mVeh0o6ai0aPlpKk5YANb1ps";
    /** The same with {@code -m 10} (1 MiB): a hash of another cost still verifies. */
    private static final String REFERENCE_SMALL =
            "$argon2id$v=19$m=1024,t=2,p=1$dHdvZm9sZHNhbHQxNmJ5dA$1rtjMfYBbpxqIF0amxBCsGt62qWDBDys8pvtiuk+iSs";

    private final PasswordHasher hasher = PasswordHasher.standard();

    @Test
    void hashesAreArgon2idInThePhcFormatSaltedEachTime() {
        String first = hasher.hash("correct horse");
        String second = hasher.hash("correct horse");
        assertTrue(first.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), first);
        assertNotEquals(first, second);
        assertTrue(hasher.verify("correct horse", first));
        assertFalse(hasher.verify("correct horsE", first));
        assertFalse(hasher.verify("", first));
        assertFalse(hasher.verify(null, first));
    }

    @Test
    void agreesWithTheReferenceImplementation() {
        assertTrue(hasher.verify("correct horse battery", REFERENCE_OWASP));
        assertFalse(hasher.verify("correct horse batterY", REFERENCE_OWASP));
        assertTrue(hasher.verify("correct horse battery", REFERENCE_SMALL));
    }

    @Test
    void earlierReleasesPbkdf2HashesStillVerifyAndAskToBeReplaced() {
        // The format release 0.1 stored, made outside Java: Python's
        // hashlib.pbkdf2_hmac("sha512", b"old password", b"release-0.1-salt", 210000), Base64 without padding.
        String made = "pbkdf2-sha512$210000$cmVsZWFzZS0wLjEtc2FsdA$"
                + "TW2fyKjjI3fYwbAi6qWN+ERA8HP27EKYQa4FFoFmY0rBAAJt9R4mJd9o5bW1j+jJmQMrKAUwFBtU4cyTZ3qsqA";
        assertTrue(hasher.verify("old password", made));
        assertFalse(hasher.verify("old passworD", made));
        assertTrue(hasher.needsRehash(made));
    }

    @Test
    void aHashOfAnotherCostIsReplacedAtTheNextSignIn() {
        assertFalse(hasher.needsRehash(hasher.hash("x")));
        assertTrue(hasher.needsRehash(REFERENCE_SMALL));
        PasswordHasher heavier = new PasswordHasher(new Argon2Cost(19_456, 3, 1), 1);
        assertTrue(heavier.needsRehash(hasher.hash("x")));
        assertEquals(new Argon2Cost(19_456, 3, 1), heavier.cost());
    }

    @Test
    void hashesRunningAtOnceWithReusedMemoryStayRight() throws Exception {
        PasswordHasher shared = new PasswordHasher(Argon2Cost.OWASP, 2);
        java.util.List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 8; i++) {
                checks.add(pool.submit(() -> shared.verify("correct horse battery", REFERENCE_OWASP)
                        && !shared.verify("correct horse batterY", REFERENCE_OWASP)
                        && shared.verify("correct horse battery", REFERENCE_SMALL)));
            }
            for (java.util.concurrent.Future<Boolean> check : checks) {
                assertTrue(check.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anythingUnreadableIsAWrongPasswordNotAnError() {
        for (String stored : new String[] {"garbage", "", "$argon2id$v=19$m=19456,t=2,p=1$!!$!!",
            "$argon2id$v=19$m=99999999,t=2,p=1$dHdvZm9sZHNhbHQxNmJ5dA$zs5DsrurikCvyiDPu92mVeh0o6ai0aPlpKk5YANb1ps",
            "$argon2id$v=19$t=2,m=19456,p=1$dHdvZm9sZHNhbHQxNmJ5dA$zs5DsrurikCvyiDPu92mVeh0o6ai0aPlpKk5YANb1ps",
            "pbkdf2-sha512$x$y$z", "pbkdf2-sha512$0$AAAA$AAAA"}) {
            assertFalse(hasher.verify("correct horse battery", stored), stored);
        }
    }

    @Test
    void aCostOutsideWhatArgon2idTakesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Argon2Cost(4, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Cost(19_456, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2Cost(19_456, 2, 0));
    }
}
