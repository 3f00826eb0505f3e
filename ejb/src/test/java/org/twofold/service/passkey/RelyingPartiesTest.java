package org.twofold.service.passkey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelyingPartiesTest {

    /** Browsers offer passkeys on HTTPS or localhost, for the page's host or a domain it belongs to. */
    @ParameterizedTest(name = "{0} with id ''{1}'' -> {2}")
    @CsvSource(textBlock = """
        https://twofold.corp.example/,      '',                  works
        https://twofold.corp.example:8443/, '',                  works
        http://localhost:9080/,             '',                  works
        https://twofold.corp.example/,      corp.example,        works
        https://twofold.corp.example/,      TWOFOLD.corp.example, works
        http://twofold.corp.example/,       '',                  not HTTPS
        https://twofold.corp.example/,      other.example,       not the host
        https://twofold.corp.example/,      wofold.corp.example, not the host
        """)
    void passkeysWorkOnlyWhereBrowsersOfferThem(String publicUrl, String configuredId, String expected) {
        String verdict = RelyingParties.problem(publicUrl, configuredId)
                .map(problem -> problem.contains("not HTTPS") ? "not HTTPS" : "not the host").orElse("works");
        assertEquals(expected, verdict);
    }
}
