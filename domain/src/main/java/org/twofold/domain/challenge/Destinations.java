package org.twofold.domain.challenge;

import org.twofold.domain.delivery.DeliveryChannel;

/** How an address or number is shown on the code page: enough to recognise, not to harvest. */
public final class Destinations {

    private Destinations() {
    }

    public static String mask(DeliveryChannel channel, String destination) {
        return channel == DeliveryChannel.EMAIL ? maskEmail(destination) : maskPhone(destination);
    }

    /** {@code jane@example.com} becomes {@code j***@example.com}. */
    public static String maskEmail(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
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
