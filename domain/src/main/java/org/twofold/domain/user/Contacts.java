package org.twofold.domain.user;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks and splits the email addresses and phone numbers an admin types, one per line. */
public final class Contacts {

    /** One @, no spaces, a dot in the domain: strict enough to catch typos, loose enough for real addresses. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** International format (E.164): a plus, then 8 to 15 digits, the first not zero. */
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    private Contacts() {
    }

    public static boolean isEmail(String text) {
        return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    public static boolean isPhone(String text) {
        return text != null && PHONE.matcher(text).matches();
    }

    public static boolean isUsername(String text) {
        return text != null && USERNAME.matcher(text).matches();
    }

    /** Phone numbers as people type them: spaces, dashes, dots and brackets are dropped. */
    public static String normalizePhone(String text) {
        return text == null ? null : text.replaceAll("[\\s().-]", "");
    }

    /** Non-blank lines (or comma-separated parts), trimmed, in order. */
    public static List<String> lines(String text) {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,\\r\\n]+")) {
                if (!part.isBlank()) {
                    parts.add(part.trim());
                }
            }
        }
        return parts;
    }
}
