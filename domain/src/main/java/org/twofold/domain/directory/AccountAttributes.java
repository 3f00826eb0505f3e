package org.twofold.domain.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.twofold.domain.user.Contacts;

/** Reads a directory entry's attributes the way Active Directory and OpenLDAP mean them. */
public final class AccountAttributes {

    /** userAccountControl's ACCOUNTDISABLE and LOCKOUT bits. */
    private static final long ACCOUNT_DISABLED = 0x2;
    private static final long LOCKED_OUT = 0x10;
    /** accountExpires counts 100 ns ticks from 1601-01-01; 0 and Long.MAX_VALUE mean never. */
    private static final long TICKS_FROM_1601_TO_1970 = 116_444_736_000_000_000L;

    private AccountAttributes() {
    }

    /**
     * Why the directory refuses this account, if it does: Active Directory's disabled or
     * locked-out flag, or an expiry date passed; FreeIPA's {@code nsAccountLock}; OpenLDAP's
     * password-policy lock ({@code pwdAccountLockedTime}). Absent attributes refuse nothing.
     */
    public static Optional<String> refusedReason(String userAccountControl, String accountExpires, String nsAccountLock,
                                                 String pwdAccountLockedTime, Instant now) {
        long flags = parseLong(userAccountControl, 0);
        if ((flags & ACCOUNT_DISABLED) != 0 || "true".equalsIgnoreCase(nsAccountLock)) {
            return Optional.of("disabled in the directory");
        }
        if ((flags & LOCKED_OUT) != 0 || pwdAccountLockedTime != null && !pwdAccountLockedTime.isBlank()) {
            return Optional.of("locked in the directory");
        }
        long expires = parseLong(accountExpires, 0);
        if (expires != 0 && expires != Long.MAX_VALUE && !now.isBefore(fromFileTime(expires))) {
            return Optional.of("expired in the directory");
        }
        return Optional.empty();
    }

    static Instant fromFileTime(long ticks) {
        long sinceEpoch = ticks - TICKS_FROM_1601_TO_1970;
        return Instant.ofEpochSecond(Math.floorDiv(sinceEpoch, 10_000_000L), Math.floorMod(sinceEpoch, 10_000_000L) * 100);
    }

    /**
     * Email addresses from the configured attributes, in order, without repeats. From
     * {@code proxyAddresses} only the SMTP ones count, the primary ({@code SMTP:}, upper case)
     * before the others; anything that is not an address is left out.
     *
     * @param valuesByAttribute each attribute's values, in the configured order of attributes
     */
    public static List<String> emailAddresses(Map<String, List<String>> valuesByAttribute) {
        Map<String, String> addresses = new LinkedHashMap<>();
        valuesByAttribute.forEach((attribute, values) -> {
            List<String> candidates = "proxyAddresses".equalsIgnoreCase(attribute) ? smtpProxyAddresses(values) : values;
            for (String candidate : candidates) {
                String address = candidate.trim();
                if (Contacts.isEmail(address)) {
                    addresses.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
                }
            }
        });
        return List.copyOf(addresses.values());
    }

    private static List<String> smtpProxyAddresses(List<String> values) {
        List<String> primary = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String value : values) {
            if (value.startsWith("SMTP:")) {
                primary.add(value.substring(5));
            } else if (value.regionMatches(true, 0, "smtp:", 0, 5)) {
                others.add(value.substring(5));
            }
        }
        primary.addAll(others);
        return primary;
    }

    /** Phone numbers in international format from the attributes, in order, without repeats; others left out. */
    public static List<String> phoneNumbers(List<String> values) {
        List<String> numbers = new ArrayList<>();
        for (String value : values) {
            String number = Contacts.normalizePhone(value.trim());
            if (Contacts.isPhone(number) && !numbers.contains(number)) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** The value of a DN's first component, e.g. "Twofold Admins" of "CN=Twofold Admins,OU=Groups,DC=corp"; empty if not a DN. */
    public static Optional<String> firstValue(String dn) {
        try {
            List<Rdn> rdns = new LdapName(dn).getRdns();
            return rdns.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(rdns.get(rdns.size() - 1).getValue()));
        } catch (InvalidNameException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether two DNs name the same entry (case, spacing and escaping aside). */
    public static boolean sameDn(String a, String b) {
        try {
            return new LdapName(a).equals(new LdapName(b));
        } catch (InvalidNameException | IllegalArgumentException e) {
            return a.equalsIgnoreCase(b);
        }
    }

    private static long parseLong(String text, long otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
