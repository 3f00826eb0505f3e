package org.twofold.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactsTest {

    @ParameterizedTest(name = "{0} is an email address: {1}")
    @CsvSource({
            "jane@example.com, true",
            "jane.doe+2fa@mail.example.co.uk, true",
            "jane@example, false",
            "jane example@example.com, false",
            "@example.com, false",
            "jane@@example.com, false",
            "jane@.com, false",
    })
    void emailAddresses(String text, boolean valid) {
        assertEquals(valid, Contacts.isEmail(text));
    }

    @ParameterizedTest(name = "{0} is a phone number: {1}")
    @CsvSource({
            "+4915112345678, true",
            "+12025550123, true",
            "015112345678, false",
            "+0123456789, false",
            "+49 151, false",
            "+1234567890123456, false",
    })
    void phoneNumbers(String text, boolean valid) {
        assertEquals(valid, Contacts.isPhone(text));
    }

    @Test
    void phoneNumbersLoseWhatPeopleTypeBetweenDigits() {
        assertEquals("+4915112345678", Contacts.normalizePhone("+49 (151) 123-456.78"));
    }

    @Test
    void linesAreTrimmedAndBlankOnesDropped() {
        assertEquals(List.of("a@example.com", "b@example.com", "c@example.com"),
                Contacts.lines(" a@example.com \n\n b@example.com, c@example.com\r\n"));
    }

    @ParameterizedTest(name = "{0} is a username: {1}")
    @CsvSource({
            "jane, true",
            "jane.doe@corp, true",
            "j_d-1, true",
            "' jane', false",
            "'jane doe', false",
            ".jane, false",
    })
    void usernames(String text, boolean valid) {
        assertEquals(valid, Contacts.isUsername(text));
    }
}
