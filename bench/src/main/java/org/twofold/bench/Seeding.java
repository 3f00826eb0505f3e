package org.twofold.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Seeds users bench-000001 to bench-N that {@code file} does not list yet, a few at a time, for
 * Twofold's seeder and Keycloak's alike; a user that fails is reported and left out.
 */
final class Seeding {

    /** Makes one user and writes them to the file. */
    interface One {
        void seed(String username) throws Exception;
    }

    private Seeding() {
    }

    /** @return how many users were made */
    static int missing(Path file, int users, int threads, One one) throws Exception {
        Set<String> known = Files.exists(file)
                ? BenchUser.load(file).stream().map(u -> u.username).collect(Collectors.toSet()) : Set.of();
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 1; i <= users; i++) {
            String username = String.format("bench-%06d", i);
            if (known.contains(username)) {
                continue;
            }
            pool.submit(() -> {
                try {
                    one.seed(username);
                    if (made.incrementAndGet() % 100 == 0) {
                        System.out.println(made.get() + " users seeded");
                    }
                } catch (Exception e) {
                    System.err.println(username + ": " + e.getMessage());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(6, TimeUnit.HOURS);
        return made.get();
    }
}
