package org.twofold.domain.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LdapFiltersTest {

    /** RFC 4515 section 4's examples, and the usual injection attempts. */
    @ParameterizedTest(name = "{0} is escaped as {1}")
    @CsvSource(delimiter = '|', value = {
            "jdoe|jdoe",
            "Parens R Us (for all your parenthetical needs)|Parens R Us \\28for all your parenthetical needs\\29",
            "*|\\2a",
            "C:\\MyFile|C:\\5cMyFile",
            "*)(uid=*|\\2a\\29\\28uid=\\2a",
            "admin)(&(password=*)|admin\\29\\28&\\28password=\\2a\\29",
            "jane@corp.example|jane@corp.example",
            "Lučić|Lučić",
    })
    void escapesWhatWouldChangeTheFilter(String value, String escaped) {
        assertEquals(escaped, LdapFilters.escape(value));
    }

    @Test
    void escapesNul() {
        assertEquals("a\\00b", LdapFilters.escape("a\0b"));
    }

    @Test
    void aConditionJoinsTheAdminsFilter() {
        String condition = LdapFilters.equality("uid", "*)(uid=*");
        assertEquals("(uid=\\2a\\29\\28uid=\\2a)", condition);
        assertEquals(condition, LdapFilters.and("", condition));
        assertEquals("(&(objectClass=person)" + condition + ")", LdapFilters.and("(objectClass=person)", condition));
        assertEquals("(&(objectClass=person)" + condition + ")", LdapFilters.and("objectClass=person", condition));
    }

    @ParameterizedTest(name = "{0} is balanced: {1}")
    @CsvSource(delimiter = '|', value = {
            "(objectClass=user)|true",
            "(&(objectCategory=person)(objectClass=user))|true",
            "(cn=a\\29b)|true",
            "(objectClass=user|false",
            ")(|false",
    })
    void checksTheAdminsFilterForTypos(String filter, boolean balanced) {
        assertEquals(balanced, LdapFilters.looksBalanced(filter));
    }
}
