package org.twofold.domain.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountAttributesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    /** accountExpires of 2026-01-01T00:00:00Z: 100 ns ticks since 1601. */
    private static final String EXPIRED_2026 = String.valueOf((Instant.parse("2026-01-01T00:00:00Z").getEpochSecond()
            + 11_644_473_600L) * 10_000_000L);
    private static final String EXPIRES_2030 = String.valueOf((Instant.parse("2030-01-01T00:00:00Z").getEpochSecond()
            + 11_644_473_600L) * 10_000_000L);

    @ParameterizedTest(name = "uac={0} expires={1} nsAccountLock={2} pwdLocked={3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "512|0|-|-|-",                                   // NORMAL_ACCOUNT
            "514|0|-|-|disabled in the directory",           // NORMAL_ACCOUNT | ACCOUNTDISABLE
            "66050|-|-|-|disabled in the directory",         // ... | DONT_EXPIRE_PASSWORD
            "528|-|-|-|locked in the directory",             // ... | LOCKOUT
            "512|9223372036854775807|-|-|-",                 // never expires
            "-|-|TRUE|-|disabled in the directory",          // FreeIPA
            "-|-|false|-|-",
            "-|-|-|20261203110000Z|locked in the directory", // OpenLDAP ppolicy
            "-|-|-|-|-",                                     // OpenLDAP without any of them
            "not a number|-|-|-|-",
    })
    void refusesWhatTheDirectorySaysIsOff(String uac, String expires, String nsLock, String pwdLocked, String reason) {
        assertEquals(Optional.ofNullable(reason), AccountAttributes.refusedReason(uac, expires, nsLock, pwdLocked, NOW));
    }

    @Test
    void anExpiryDateInThePastRefusesAndOneInTheFutureDoesNot() {
        assertEquals(Optional.of("expired in the directory"), AccountAttributes.refusedReason("512", EXPIRED_2026, null, null, NOW));
        assertEquals(Optional.empty(), AccountAttributes.refusedReason("512", EXPIRES_2030, null, null, NOW));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), AccountAttributes.fromFileTime(Long.parseLong(EXPIRED_2026)));
    }

    @Test
    void proxyAddressesGiveTheirSmtpAddressesPrimaryFirst() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("mail", List.of("Jane.Doe@corp.example"));
        values.put("proxyAddresses", List.of("smtp:jdoe@old.example", "X400:c=US;a= ;p=Corp", "SMTP:jane.doe@corp.example",
                "sip:jane@corp.example", "smtp:jane@corp.example"));
        assertEquals(List.of("Jane.Doe@corp.example", "jdoe@old.example", "jane@corp.example"),
                AccountAttributes.emailAddresses(values));
    }

    @Test
    void phoneNumbersInInternationalFormatOnly() {
        assertEquals(List.of("+4915112345678", "+493012345"),
                AccountAttributes.phoneNumbers(List.of("+49 151 1234 5678", "030 12345", "+49 (30) 12345", "+4915112345678")));
    }

    @Test
    void groupsAreNamedByTheirDnOrTheirFirstValue() {
        assertEquals(Optional.of("Twofold Admins"), AccountAttributes.firstValue("CN=Twofold Admins,OU=Groups,DC=corp,DC=example"));
        assertEquals(Optional.of("a,b"), AccountAttributes.firstValue("cn=a\\,b,dc=example"));
        assertEquals(Optional.empty(), AccountAttributes.firstValue("not a dn"));
        assertEquals(true, AccountAttributes.sameDn("CN=Admins,DC=corp", "cn=admins, dc=CORP"));
        assertEquals(false, AccountAttributes.sameDn("CN=Admins,DC=corp", "CN=Admins,DC=other"));
    }
}
