package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What scanners ask for answers 404 with Twofold's own page, and leaves nothing in the log:
 * Liberty's file serving wrote a warning (SRVE0190E) and an FFDC incident for every one.
 */
class MissingPathsIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/wp-login.php", "/.well-known/security.txt", "/.env", "/cgi-bin/test.cgi",
        "/resources/nothing.css", "/nothing-here.xhtml"})
    void isANotFoundPageAndNoLogLine(String path) throws Exception {
        int logBefore = TestServer.logSinceStart().length();
        RawHttp.Answer answer = RawHttp.send("GET " + path + " HTTP/1.1", new byte[0]);
        assertEquals(404, answer.status(), answer.head() + "\n" + answer.body());
        assertTrue(answer.body().contains("Twofold"), "Twofold's own page: " + answer.body());
        String written = TestServer.logSinceStart().substring(logBefore);
        assertEquals("", written, "nothing in the log for " + path);
    }
}
