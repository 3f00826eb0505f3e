package org.twofold.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Durations by name (a request, or the whole sign-in), and errors by kind; read as percentiles. */
final class Timings {

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private volatile boolean recording = true;

    void record(String name, long elapsedNanos) {
        if (recording) {
            List<Long> list = nanos.computeIfAbsent(name, n -> new ArrayList<>());
            synchronized (list) {
                list.add(elapsedNanos);
            }
        }
    }

    void error(String kind) {
        if (recording) {
            errors.merge(kind, 1, Integer::sum);
        }
    }

    /** Forgets the warm-up. */
    void reset() {
        nanos.clear();
        errors.clear();
    }

    void stop() {
        recording = false;
    }

    int count(String name) {
        List<Long> list = nanos.get(name);
        return list == null ? 0 : list.size();
    }

    Map<String, Integer> errors() {
        return new TreeMap<>(errors);
    }

    /** "p50 470 ms  p95 ...": the name's percentiles in milliseconds. */
    String summary(String name) {
        List<Long> list = nanos.get(name);
        if (list == null || list.isEmpty()) {
            return "no samples";
        }
        long[] sorted;
        synchronized (list) {
            sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return String.format("n %6d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms", sorted.length,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
