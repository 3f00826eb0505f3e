package org.twofold.service.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Audit rows as CSV (RFC 4180). A cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, since usernames and
 * details can be typed by anyone at the sign-in page.
 */
public final class AuditCsv {

    private AuditCsv() {
    }

    public static String line(List<String> cells) {
        return cells.stream().map(AuditCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
