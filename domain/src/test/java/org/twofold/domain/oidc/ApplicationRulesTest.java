package org.twofold.domain.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationRulesTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "https://wiki.corp.example/cb,             true",
        "https://wiki.corp.example:8443/oidc/cb?x=1, true",
        "http://localhost:8080/cb,                 true",
        "http://127.0.0.1/cb,                      true",
        "http://wiki.corp.example/cb,              false",
        "https://wiki.corp.example/cb#part,        false",
        "https://user@wiki.corp.example/cb,        false",
        "wiki.corp.example/cb,                     false",
        "javascript:alert(1),                      false",
        "https:///cb,                              false",
        "ftp://wiki.corp.example/cb,               false"
    })
    void acceptsFullHttpsAddressesOnly(String uri, boolean acceptable) {
        assertEquals(acceptable, ApplicationRules.isAcceptableUri(uri));
    }

    @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
    @CsvSource({
        "https://wiki.corp.example/,      https://wiki.corp.example/page?x=1,     true",
        "https://wiki.corp.example/,      https://WIKI.corp.example:443/a,        true",
        "https://wiki.corp.example/,      http://wiki.corp.example/a,             false",
        "https://wiki.corp.example/,      https://wiki.corp.example:8443/a,       false",
        "https://wiki.corp.example/,      https://wiki.corp.example.evil.test/a,  false",
        "https://wiki.corp.example/,      https://evil.test@wiki.corp.example/a,  false",
        "https://wiki.corp.example/,      //wiki.corp.example/a,                  false"
    })
    void tellsTheSiteBySchemeHostAndPort(String registered, String url, boolean same) {
        assertEquals(same, ApplicationRules.sameSite(registered, url));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"wiki, 0", "wiki-2.corp_x, 0", "Wiki, 1", "-wiki, 1", "'', 1", "wiki app, 1"})
    void clientIdsAreShortAndPlain(String clientId, int problems) {
        assertEquals(problems, ApplicationRules.clientIdProblems(clientId).size());
    }

    @org.junit.jupiter.api.Test
    void redirectAddressesAreComparedExactly() {
        List<String> registered = List.of("https://wiki.corp.example/cb");
        assertEquals(true, ApplicationRules.isRegistered(registered, "https://wiki.corp.example/cb"));
        assertEquals(false, ApplicationRules.isRegistered(registered, "https://wiki.corp.example/cb/"));
        assertEquals(false, ApplicationRules.isRegistered(registered, "https://wiki.corp.example/CB"));
        assertEquals(false, ApplicationRules.isRegistered(registered, null));
    }

    @org.junit.jupiter.api.Test
    void anApplicationAdmitsHoldersOfItsRolesOrEveryoneWhenItNamesNone() {
        java.util.Set<String> held = java.util.Set.of("All", "Editors");
        assertEquals(true, ApplicationRules.admits(List.of(), held));
        assertEquals(true, ApplicationRules.admits(List.of("Finance", "Editors"), held));
        assertEquals(true, ApplicationRules.admits(List.of("All"), held));
        assertEquals(false, ApplicationRules.admits(List.of("Finance"), held));
    }
}
