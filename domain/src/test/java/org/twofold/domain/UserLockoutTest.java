package org.twofold.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.twofold.domain.user.User;

class UserLockoutTest {

    private final Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final Instant until = now.plusSeconds(600);

    @Test
    void locksOnTheThresholdthFailureUntilTheGivenTime() {
        User user = new User("alice", "Alice", "hash", now);
        for (int i = 1; i < 3; i++) {
            assertFalse(user.registerFailedCode(3, until), "failure " + i);
        }
        assertTrue(user.registerFailedCode(3, until));
        assertTrue(user.isLockedAt(now));
        assertTrue(user.isLockedAt(until.minusSeconds(1)));
        assertFalse(user.isLockedAt(until));
        assertEquals(0, user.getFailedAttempts());
    }

    @Test
    void successClearsTheCountAndTheLock() {
        User user = new User("alice", "Alice", "hash", now);
        user.registerFailedCode(3, until);
        user.registerFailedCode(3, until);
        user.clearFailedCodes();
        assertFalse(user.registerFailedCode(3, until));
        assertFalse(user.registerFailedCode(3, until));
        assertFalse(user.isLockedAt(now));
    }
}
