package org.twofold.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.twofold.domain.user.User;

/** When an account counts as locked; the counting itself is SQL (see Lockout and LockoutIT). */
class UserLockoutTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    static Stream<Arguments> accounts() {
        return Stream.of(
                Arguments.of("no failures", 0, null, false),
                Arguments.of("failures below the threshold", 9, null, false),
                Arguments.of("timed lock running", 10, NOW.plusSeconds(1), true),
                Arguments.of("timed lock ended, count kept", 10, NOW, false),
                Arguments.of("99 failures, lock ended", 99, NOW.minusSeconds(60), false),
                Arguments.of("100 failures: until an admin unlocks", 100, NOW.minusSeconds(60), true),
                Arguments.of("100 failures, never timed", 100, null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void isLocked(String name, int failures, Instant lockedUntil, boolean locked) throws Exception {
        User user = new User("alice", "Alice", "hash", NOW);
        set(user, "failedAttempts", failures);
        set(user, "lockedUntil", lockedUntil);
        assertEquals(locked, user.isLockedAt(NOW));
        user.clearFailedCodes();
        assertEquals(false, user.isLockedAt(NOW), "Unlock opens any account");
    }

    private static void set(User user, String field, Object value) throws ReflectiveOperationException {
        var f = User.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(user, value);
    }
}
