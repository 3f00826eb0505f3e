package org.twofold.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.twofold.domain.crypto.PasswordHasher;

/**
 * Signs the seeded users in as browsers do (GET the login page, POST the password, POST the
 * authenticator code, GET the Desk; or, with {@code --target keycloak}, Keycloak's login page,
 * password and code, see {@link KeycloakSignIn}) with C at once: a warm-up, then a timed window. Prints
 * completed sign-ins per second, percentiles for the whole sign-in and each request, errors
 * by kind, and the server's CPU and memory. A user signs in at most once per 30-second step.
 */
final class SignInLoad {

    private static final List<String> STEPS = List.of("GET login", "POST password", "POST code", "GET desk");

    private SignInLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        URI base = options.url();
        int concurrency = options.number("concurrency", 4);
        int warmup = options.number("warmup", 15);
        int seconds = options.number("seconds", 30);
        boolean keycloak = options.text("target", "twofold").equals("keycloak");
        List<BenchUser> users = BenchUser.load(keycloak ? BenchUser.KEYCLOAK_FILE : BenchUser.FILE);
        SignIn flow = keycloak ? KeycloakSignIn::signIn : SignInLoad::signIn;
        Callback callback = keycloak ? Callback.start() : null;
        Optional<ServerProcess> server = ServerProcess.find(options.number("server-pid", 0));

        double hashMs = singleThreadedHashMillis();
        int processors = Runtime.getRuntime().availableProcessors();
        BlockingQueue<BenchUser> idle = new LinkedBlockingQueue<>(users);
        Timings timings = new Timings();
        AtomicInteger completed = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup + seconds);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread worker = new Thread(() -> run(flow, base, idle, timings, completed, end), "sign-in-" + i);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
        timings.reset();
        completed.set(0);
        double cpuBefore = server.isPresent() ? server.get().cpuSeconds() : 0;
        double rssMax = 0;
        long windowStart = System.nanoTime();
        for (int s = 0; s < seconds; s++) {
            Thread.sleep(1000);
            rssMax = Math.max(rssMax, server.isPresent() ? server.get().rssMiB() : 0);
        }
        double window = (System.nanoTime() - windowStart) / 1e9;
        int signIns = completed.get();
        double cpu = server.isPresent() ? server.get().cpuSeconds() - cpuBefore : 0;
        timings.stop();
        for (Thread worker : workers) {
            worker.join();
        }
        if (callback != null) {
            callback.close();
        }

        System.out.printf("concurrency %d, %d users, %d s warm-up, %.1f s window, %d processors%n", concurrency,
                users.size(), warmup, window, processors);
        System.out.printf("sign-ins/s %.1f  (hash-bound limit %.1f = %d processors / %.1f ms per Argon2id hash here, so %.0f %%)%n",
                signIns / window, processors / (hashMs / 1000), processors, hashMs,
                100 * (signIns / window) / (processors / (hashMs / 1000)));
        System.out.println("whole sign-in   " + timings.summary("sign-in"));
        for (String step : STEPS) {
            System.out.printf("%-15s %s%n", step, timings.summary(step));
        }
        System.out.println("errors          " + (timings.errors().isEmpty() ? "none" : timings.errors()));
        if (server.isPresent() && signIns > 0) {
            System.out.printf("server pid %d: CPU %.1f s in the window, %.1f ms per sign-in (%.1f ms beyond one hash);"
                    + " RSS max %.0f MiB%n", server.get().pid(), cpu, 1000 * cpu / signIns, 1000 * cpu / signIns - hashMs,
                    rssMax);
        }
    }

    /** One sign-in of one user, Twofold's or Keycloak's. */
    interface SignIn {
        void run(URI base, BenchUser user, Timings timings) throws Exception;
    }

    private static void run(SignIn flow, URI base, BlockingQueue<BenchUser> idle, Timings timings, AtomicInteger completed,
                            long end) {
        while (System.nanoTime() < end) {
            BenchUser user;
            try {
                user = idle.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (user == null) {
                continue;
            }
            try {
                if (!user.ready(System.currentTimeMillis() / 1000)) {
                    timings.error("no user with an unused code step (seed more users)");
                    Thread.sleep(50);
                    continue;
                }
                long start = System.nanoTime();
                flow.run(base, user, timings);
                timings.record("sign-in", System.nanoTime() - start);
                completed.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                timings.error(e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                idle.add(user);
            }
        }
    }

    private static void signIn(URI base, BenchUser user, Timings timings) throws Exception {
        WebSession browser = new WebSession(base, timings);
        WebSession.Page login = browser.get("login.xhtml", "GET login");
        WebSession.Page code = browser.submit(login, "login", Map.of("username", user.username, "password",
                BenchUser.PASSWORD), "submit", "POST password");
        if (!code.path().endsWith("/code.xhtml")) {
            throw new IllegalStateException("after the password: " + code.describe());
        }
        WebSession.Page desk = browser.submit(code, "code", Map.of("otp", user.nextCode(System.currentTimeMillis() / 1000)),
                "verify", "POST code");
        if (!desk.path().endsWith("/desk.xhtml")) {
            throw new IllegalStateException("after the code: " + desk.describe());
        }
        browser.get("desk.xhtml", "GET desk");
    }

    /** Argon2id at OWASP's cost, one thread, on this machine: what bounds sign-ins per core. */
    private static double singleThreadedHashMillis() {
        PasswordHasher hasher = PasswordHasher.standard();
        String stored = hasher.hash("warm up");
        for (int i = 0; i < 5; i++) {
            hasher.verify("warm up", stored);
        }
        long start = System.nanoTime();
        int rounds = 20;
        for (int i = 0; i < rounds; i++) {
            hasher.verify("warm up", stored);
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }
}
