package org.twofold.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.delivery.DeliveryChannel;

class OneTimeCodesTest {

    @Test
    void codesAreDigitsOfTheAskedLengthAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = OneTimeCodes.newCode(6);
            assertTrue(code.matches("[0-9]{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 190, "200 random 6-digit codes should hardly repeat");
    }

    @Test
    void aHashMatchesOnlyItsCodeInItsSignIn() {
        String hash = OneTimeCodes.hash("digest-a", "123456");
        assertTrue(OneTimeCodes.matches("digest-a", "123456", hash));
        assertFalse(OneTimeCodes.matches("digest-a", "123457", hash));
        assertFalse(OneTimeCodes.matches("digest-b", "123456", hash));
        assertFalse(hash.contains("123456"));
    }

    @Test
    void masksAddressesAndNumbers() {
        assertEquals("j**e@example.com", Destinations.maskEmail("jane@example.com"));
        assertEquals("+49********123", Destinations.maskPhone("+4915112345123"));
        assertEquals("***", Destinations.maskEmail("nonsense"));
    }

    @ParameterizedTest
    @CsvSource({
        "jane@example.com, j**e@example.com",
        "jane.doe@example.com, j**e.d**@example.com",
        "s.smith@example.test, s.s***h@example.test",
        "sam@example.test, s**@example.test",
        "jo+work@example.test, j*+w**k@example.test",
        "x@example.test, x@example.test",
        "a-b@b@example.test, a-b**@example.test",
    })
    void masksEachPartOfAnAddressOnItsOwn(String address, String masked) {
        assertEquals(masked, Destinations.maskEmail(address));
    }

    @Test
    void twoAddressesOfOnePersonTellApart() {
        assertNotEquals(Destinations.maskEmail("sarah@example.test"), Destinations.maskEmail("sarah.smith@example.test"));
        assertNotEquals(Destinations.maskEmail("sarah@example.test"), Destinations.maskEmail("sally@example.test"));
    }
}
