package org.twofold.it.services;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs a task on many threads released at the same moment, for the races the tests provoke. */
final class Parallel {

    private Parallel() {
    }

    /** Runs {@code task(0)} to {@code task(n - 1)} at once and counts their results. */
    static <T> Map<T, Integer> count(int n, IntFunction<T> task) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        Map<T, AtomicInteger> counts = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    counts.computeIfAbsent(task.apply(index), k -> new AtomicInteger()).incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(180_000);
        }
        Map<T, Integer> result = new HashMap<>();
        counts.forEach((key, count) -> result.put(key, count.get()));
        return result;
    }
}
