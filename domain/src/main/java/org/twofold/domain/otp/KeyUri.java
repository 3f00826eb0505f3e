package org.twofold.domain.otp;

import java.nio.charset.StandardCharsets;

/**
 * The {@code otpauth://totp/} Key URI that authenticator apps read from a QR code:
 * issuer in the label and as a parameter, label parts percent-encoded, Base32 without padding.
 */
public final class KeyUri {

    private KeyUri() {
    }

    public static String totp(String issuer, String account, byte[] secret, TotpParameters parameters) {
        requireNoColon("issuer", issuer);
        requireNoColon("account", account);
        String encodedIssuer = encode(issuer);
        return "otpauth://totp/" + encodedIssuer + ":" + encode(account)
                + "?secret=" + Base32.encode(secret)
                + "&issuer=" + encodedIssuer
                + "&algorithm=" + parameters.algorithm().name()
                + "&digits=" + parameters.digits()
                + "&period=" + parameters.periodSeconds();
    }

    private static void requireNoColon(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (value.indexOf(':') >= 0) {
            throw new IllegalArgumentException(what + " must not contain a colon");
        }
    }

    /** Percent-encodes UTF-8 bytes, keeping RFC 3986 unreserved characters and '@'. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '@';
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
