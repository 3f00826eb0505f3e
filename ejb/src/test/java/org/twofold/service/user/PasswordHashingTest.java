package org.twofold.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.twofold.domain.crypto.PasswordHasher;

class PasswordHashingTest {

    @Test
    void aCheckThatFindsEverySlotTakenIsRefusedNotQueuedForever() throws Exception {
        PasswordHashing hashing = new PasswordHashing(PasswordHasher.standard(), 1, 50);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> hashing.inSlot(() -> {
            holding.countDown();
            await(release);
            return "done";
        }));
        holding.await();
        assertThrows(PasswordHashing.Busy.class, () -> hashing.verify("password", PasswordHasher.standard().hash("x")));
        release.countDown();
        assertEquals("done", first.get());

        String stored = hashing.hash("password");
        assertTrue(hashing.verify("password", stored), "once the slot is free, checks run again");
        assertFalse(hashing.needsRehash(stored));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
