package org.twofold.domain.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks on what a person typed as a code. */
public final class OtpCodes {

    private OtpCodes() {
    }

    /** Exactly {@code digits} ASCII digits: no spaces, signs, or digits of other scripts. */
    public static boolean isWellFormed(String code, int digits) {
        if (code == null || code.length() != digits) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether what was typed has the form of a code (6 to 8 digits, spaces aside), for the message shown. */
    public static boolean looksLikeACode(String typed) {
        String code = normalize(typed);
        return isWellFormed(code, 6) || isWellFormed(code, 7) || isWellFormed(code, 8);
    }

    /** Removes the spaces people copy from apps that group digits ("123 456"). */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replace(" ", "").replace("\u00a0", "").trim();
    }

    public static boolean equalsConstantTime(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
