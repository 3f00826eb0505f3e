package org.twofold.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The email code's way out: password steps of users whose second factor is email, started at
 * a fixed rate whatever the server's pace (an open loop), and for each the time from the
 * password POST to the message accepted by SMTP (the sink here). Start the server with
 * TWOFOLD_SMTP_HOST=localhost, TWOFOLD_SMTP_PORT=3025 and TWOFOLD_TRUSTED_PROXIES=127.0.0.1/32:
 * each user signs in from an address of its own (X-Forwarded-For), as people do, so the
 * per-address code limit of the hardening does not cap the run. Each user is used once: at
 * most five codes per user in 15 minutes.
 */
final class EmailLatency {

    private EmailLatency() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        URI base = options.url();
        String key = options.key();
        int rate = options.number("rate", 10);
        int seconds = options.number("seconds", 30);
        int users = rate * seconds;
        int offset = options.number("offset", 0);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Seeder.api(http, base, key, "POST", "roles", "{\"name\": \"Bench\", \"requiresTwoFactor\": true}");
        Seeder.api(http, base, key, "PATCH", "settings", "{\"allowedMethods\": [\"TOTP\", \"EMAIL\"]}");
        for (int i = 1; i <= users; i++) {
            String name = String.format("mail-%06d", offset + i);
            Seeder.api(http, base, key, "POST", "users", "{\"username\": \"" + name + "\", \"displayName\": \"" + name
                    + "\", \"password\": \"" + BenchUser.PASSWORD + "\", \"roles\": [\"Bench\"], \"method\": \"EMAIL\","
                    + " \"emails\": [\"" + name + "@bench.test\"]}");
        }
        System.out.println(users + " email users ready; " + rate + " password steps a second for " + seconds + " s");

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Timings timings = new Timings();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try (SmtpSink sink = new SmtpSink(options.number("smtp-port", 3025))) {
            ExecutorService browsers = Executors.newFixedThreadPool(64);
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            clock.scheduleAtFixedRate(() -> {
                int n = next.incrementAndGet();
                if (n <= users) {
                    browsers.submit(() -> passwordStep(base, String.format("mail-%06d", offset + n), n, sink, timings,
                            latencies, failed));
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) + 100);
            clock.shutdownNow();
            browsers.shutdown();
            browsers.awaitTermination(2, TimeUnit.MINUTES);
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d codes accepted by SMTP, %d not within 30 s or refused%n", sorted.length, failed.get());
        if (sorted.length > 0) {
            System.out.printf("password POST to SMTP: p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms%n",
                    at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }
        System.out.println("of which POST password " + timings.summary("POST password"));
    }

    private static void passwordStep(URI base, String username, int n, SmtpSink sink, Timings timings,
                                     List<Long> latencies, AtomicInteger failed) {
        try {
            WebSession browser = new WebSession(base, timings, "10.77." + (n / 250) + "." + (n % 250 + 1));
            WebSession.Page login = browser.get("login.xhtml", "GET login");
            long start = System.nanoTime();
            WebSession.Page code = browser.submit(login, "login", Map.of("username", username, "password",
                    BenchUser.PASSWORD), "submit", "POST password");
            if (!code.path().endsWith("/code.xhtml")) {
                throw new IllegalStateException(code.describe());
            }
            String address = username + "@bench.test";
            long deadline = start + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Long accepted = sink.acceptedAt(address);
                if (accepted != null && accepted > start) {
                    latencies.add(accepted - start);
                    return;
                }
                Thread.sleep(5);
            }
            failed.incrementAndGet();
        } catch (Exception e) {
            failed.incrementAndGet();
            System.err.println(username + ": " + e.getMessage());
        }
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
