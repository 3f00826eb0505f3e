package org.twofold.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpsAddressTest {

    @ParameterizedTest(name = "{0} + {1} {4}?{5} -> {6}")
    @CsvSource(delimiter = ';', value = {
        // The public HTTPS address wins over whatever Host the request named.
        "https://twofold.intranet.example/;        evil.example; 9443; /login.xhtml; ;        https://twofold.intranet.example/login.xhtml",
        "https://intranet.example/twofold/;        evil.example; 9443; /desk.xhtml;  a=1&b=%zz; https://intranet.example/twofold/desk.xhtml?a=1&b=%zz",
        "HTTPS://twofold.intranet.example/;        x;            9443; /;            ;        HTTPS://twofold.intranet.example/",
        // A public URL still on HTTP: the same host, on the HTTPS port.
        "http://localhost:9080/;                   localhost;    9443; /login.xhtml; ;        https://localhost:9443/login.xhtml",
        "http://localhost:9080/;                   twofold.lan;  443;  /login.xhtml; t=1;     https://twofold.lan/login.xhtml?t=1",
        "http://localhost:9080/;                   ::1;          9443; /;            ;        https://[::1]:9443/",
        "http://localhost:9080/;                   [::1];        9443; /;            ;        https://[::1]:9443/"
    })
    void redirectsToTheSamePageOnHttps(String publicUrl, String host, int port, String path, String query, String expected) {
        assertEquals(expected, HttpsAddress.of(publicUrl, host, port, path, query));
    }
}
