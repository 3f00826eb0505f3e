package org.twofold.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "jane|jane",
            "Jane Doe, IT|\"Jane Doe, IT\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
            "+1|'+1",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
    })
    void cellsAreQuotedAndFormulasDefused(String value, String expected) {
        assertEquals(expected, AuditCsv.cell(value));
    }

    @Test
    void aLineEndsWithCrLfAndEmptyCellsStayEmpty() {
        assertEquals("1,,a\r\n", AuditCsv.line(Arrays.asList("1", null, "a")));
    }
}
