package org.twofold.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.settings.EnrolmentMode;

class EnrolmentModeTest {

    @ParameterizedTest(name = "{0} mail={1} address={2} -> link {3}")
    @CsvSource({
        "AUTO,         true,  true,  true",
        "AUTO,         false, true,  false",
        "AUTO,         true,  false, false",
        "ON_SCREEN,    true,  true,  false",
        "EMAILED_LINK, false, true,  true",
        "EMAILED_LINK, true,  false, false"
    })
    void decidesBetweenLinkAndScreen(EnrolmentMode mode, boolean mail, boolean address, boolean byLink) {
        assertEquals(byLink, mode.byLink(mail, address));
    }
}
