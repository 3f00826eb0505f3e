package org.twofold.domain.factor;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * How a recovery code looks: 16 characters of Crockford's Base32 (80 random bits), written in
 * four groups ("7k2m-qx9d-4hrt-b0ze"); and how what someone types is read back. Case,
 * dashes and spaces do not matter, and the look-alikes o, i and l read as 0, 1 and 1.
 */
public final class RecoveryCodeText {

    /** Crockford's alphabet: no i, l, o or u, so nothing is mistaken when copied by hand. */
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodeText() {
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored (hashed): its 16 characters, or empty if what was typed is not one. */
    public static String normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return "";
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u00a0') {
                continue;
            }
            char read = c == 'o' ? '0' : c == 'i' || c == 'l' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return "";
            }
            code.append(read);
        }
        return code.length() == LENGTH ? code.toString() : "";
    }
}
