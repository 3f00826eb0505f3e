package org.twofold.bench;

import java.util.Arrays;

/**
 * {@code java -jar bench/target/twofold-bench.jar load|seed|jmh ...}: the sign-in load
 * driver, its seeding of users, and the JMH benchmarks (JMH's own options after {@code jmh}).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "admin-key" -> AdminKey.main(rest);
            case "seed" -> Seeder.main(rest);
            case "bulk" -> BulkSeeder.main(rest);
            case "pages" -> ConsolePages.main(rest);
            case "email" -> EmailLatency.main(rest);
            case "load" -> SignInLoad.main(rest);
            case "keycloak-seed" -> KeycloakSeeder.main(rest);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                System.err.println("usage: twofold-bench admin-key --admin-password P | bulk [--database DIR] [--users N] [--events M] | pages --admin-password P | email [--rate R] [--seconds S] | seed|load [--url URL] [--key KEYID:SECRET] [--users N]"
                        + " [--concurrency C] [--warmup S] [--seconds S] [--server-pid PID] [--target twofold|keycloak]"
                        + " | keycloak-seed [--url URL] [--users N] [--admin-password P] | jmh [JMH options]");
                System.exit(2);
            }
        }
    }
}
