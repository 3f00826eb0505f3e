package org.twofold.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FactorLinesTest {

    private static final Instant ADDED = Instant.parse("2026-12-07T10:00:20Z");

    @Test
    void theCodeThatConfirmedAnAppDoesNotMakeItUsedBeforeItWasAdded() {
        long stepBefore = ADDED.getEpochSecond() / 30 - 1; // 09:59:30
        assertEquals(ADDED, FactorLines.lastUsed(stepBefore, 30, ADDED));
    }

    @Test
    void aLaterUseIsTheStartOfItsCodesStep() {
        long later = Instant.parse("2026-12-08T08:15:40Z").getEpochSecond() / 30;
        assertEquals(Instant.parse("2026-12-08T08:15:30Z"), FactorLines.lastUsed(later, 30, ADDED));
    }

    @Test
    void neverUsedIsNoTime() {
        assertNull(FactorLines.lastUsed(Long.MIN_VALUE, 30, ADDED));
    }
}
