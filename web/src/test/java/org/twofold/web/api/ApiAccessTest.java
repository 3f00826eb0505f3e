package org.twofold.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a key whose owner is not an administrator may do: read itself and its owner's factors, nothing more. */
class ApiAccessTest {

    @ParameterizedTest(name = "{0} {1} by bob: {2}")
    @CsvSource({
        "GET, me, true",
        "GET, /me, true",
        "GET, users/bob/factors, true",
        "GET, /users/bob/factors, true",
        "GET, users/alice/factors, false",
        "GET, users/bob, false",
        "GET, users, false",
        "GET, users/bob/factors/apps, false",
        "DELETE, users/bob/factors/email, false",
        "POST, me, false",
        "GET, settings, false",
        "GET, users/bob/api-keys, false"
    })
    void aPlainKeyReadsOnlyItsOwn(String method, String path, boolean allowed) {
        assertEquals(allowed, ApiAccess.ownRead(method, path, "bob"));
    }

    @ParameterizedTest(name = "{0} {1} without a key: {2}")
    @CsvSource({"POST, login, true", "POST, /login, true", "GET, login, false", "POST, login/x, false", "POST, me, false"})
    void onlySigningInTakesNoKey(String method, String path, boolean open) {
        assertEquals(open, ApiAccess.signingIn(method, path));
    }
}
