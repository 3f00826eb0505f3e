package org.twofold.domain.challenge;

import org.twofold.domain.delivery.DeliveryChannel;

/** How an address or number is shown on the code page: enough to recognise, not to harvest. */
public final class Destinations {

    private Destinations() {
    }

    public static String mask(DeliveryChannel channel, String destination) {
        return channel == DeliveryChannel.EMAIL ? maskEmail(destination) : maskPhone(destination);
    }

    /** What splits an address's local part into parts that are masked each on its own. */
    private static final String SEPARATORS = "._+-";

    /**
     * {@code jane@example.com} becomes {@code j**e@example.com}, {@code jane.doe@example.com}
     * {@code j**e.d**@example.com}: each part keeps its first letter (and its last, from four
     * letters on) and its length, so that two addresses of one person tell apart.
     */
    public static String maskEmail(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        StringBuilder masked = new StringBuilder();
        int partStart = 0;
        for (int i = 0; i <= at; i++) {
            if (i == at || SEPARATORS.indexOf(address.charAt(i)) >= 0) {
                masked.append(maskPart(address.substring(partStart, i)));
                partStart = i + 1;
                if (i < at) {
                    masked.append(address.charAt(i));
                }
            }
        }
        return masked + address.substring(at);
    }

    private static String maskPart(String part) {
        if (part.length() < 2) {
            return part;
        }
        if (part.length() < 4) {
            return part.charAt(0) + "*".repeat(part.length() - 1);
        }
        return part.charAt(0) + "*".repeat(part.length() - 2) + part.charAt(part.length() - 1);
    }

    /** {@code +4915112345123} becomes {@code +49********123}. */
    public static String maskPhone(String number) {
        if (number == null || number.length() < 7) {
            return "***";
        }
        int keepStart = 3;
        int keepEnd = 3;
        return number.substring(0, keepStart) + "*".repeat(number.length() - keepStart - keepEnd)
                + number.substring(number.length() - keepEnd);
    }
}
