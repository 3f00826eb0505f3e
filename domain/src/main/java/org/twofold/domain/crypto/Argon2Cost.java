package org.twofold.domain.crypto;

/**
 * What one Argon2id hash costs: memory in KiB, passes over it, and lanes. The default is
 * OWASP's first choice (m = 19 MiB, t = 2, p = 1); more memory or passes resist guessing
 * better and take longer on every sign-in.
 */
public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {

    public static final Argon2Cost OWASP = new Argon2Cost(19_456, 2, 1);

    /** What a stored hash may ask for: above this, the hash is refused rather than computed (1 GiB). */
    static final int MAX_MEMORY_KIB = 1 << 20;

    public Argon2Cost {
        if (parallelism < 1 || parallelism > 16 || iterations < 1 || iterations > 100
                || memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2id needs 1 to 16 lanes, 1 to 100 passes and 8 KiB per lane up to"
                    + " 1 GiB of memory, not m=" + memoryKiB + ", t=" + iterations + ", p=" + parallelism);
        }
    }

    /** The parameters as the PHC string writes them. */
    String phc() {
        return "m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
    }
}
