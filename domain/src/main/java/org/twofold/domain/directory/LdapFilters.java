package org.twofold.domain.directory;

/** Builds LDAP search filters (RFC 4515) from values people type. */
public final class LdapFilters {

    private LdapFilters() {
    }

    /**
     * The value with the characters that would change a filter's meaning escaped as
     * {@code \XX}: {@code *}, {@code (}, {@code )}, {@code \} and NUL. A username such as
     * {@code *)(uid=*} then matches only an account of that literal name.
     */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '*' -> escaped.append("\\2a");
                case '(' -> escaped.append("\\28");
                case ')' -> escaped.append("\\29");
                case '\\' -> escaped.append("\\5c");
                case '\0' -> escaped.append("\\00");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** {@code (attribute=value)} with the value escaped. */
    public static String equality(String attribute, String value) {
        return "(" + attribute + "=" + escape(value) + ")";
    }

    /** Both conditions; the extra filter (the admin's, already a filter) may be blank. */
    public static String and(String extraFilter, String condition) {
        if (extraFilter == null || extraFilter.isBlank()) {
            return condition;
        }
        String extra = extraFilter.trim();
        if (!extra.startsWith("(")) {
            extra = "(" + extra + ")";
        }
        return "(&" + extra + condition + ")";
    }

    /** Whether the admin's extra filter is at least balanced in its parentheses (a typo check, not a parser). */
    public static boolean looksBalanced(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        int depth = 0;
        boolean escaped = false;
        for (char c : filter.toCharArray()) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
