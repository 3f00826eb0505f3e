package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a scanner or a broken client sends gets a 4xx and Twofold's own short error page:
 * never a 5xx, a stack trace, or the server's message codes (SRVE…, CWW…).
 */
class MalformedRequestsIT {

    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";
    /** Liberty's message codes, and what a stack trace or exception message looks like. */
    private static final Pattern SERVER_INTERNALS = Pattern.compile("SRVE\\d|CWW[A-Z]{2}\\d|\\.java:\\d|Exception: ");

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("a sign-in POST with a bad escape", "POST /login.xhtml HTTP/1.1\r\n" + FORM, "%zz=%zz", 400),
                Arguments.of("a GET of the enrolment link with a bad escape", "GET /enrolment-link?token=%zz HTTP/1.1", "", 400),
                Arguments.of("a HEAD of the enrolment link with a bad escape", "HEAD /enrolment-link?token=%zz HTTP/1.1", "", 400),
                Arguments.of("a bad escape in a page's query", "GET /login.xhtml?a=%G1 HTTP/1.1", "", 400),
                Arguments.of("a bad escape in a field name, without a sign-in", "POST /code.xhtml HTTP/1.1\r\n" + FORM, "%=1&otp=%%", 302),
                Arguments.of("a garbage view state", "POST /login.xhtml HTTP/1.1\r\n" + FORM,
                        "login=login&login%3Ausername=x&login%3Apassword=y&jakarta.faces.ViewState=garbage%3Agarbage", 302),
                Arguments.of("an unknown method", "BREW /login.xhtml HTTP/1.1", "", 400),
                Arguments.of("a huge field", "POST /login.xhtml HTTP/1.1\r\n" + FORM, "login%3Ausername=" + "a".repeat(2_000_000), 200),
                Arguments.of("a body that is not a form", "POST /login.xhtml HTTP/1.1\r\nContent-Type: application/json", "{\"a\":", 200),
                Arguments.of("an odd header", "GET /login.xhtml HTTP/1.1\r\nX-Forwarded-For: <script>,%00", "", 200),
                Arguments.of("a page that does not exist", "GET /nothing-here.xhtml HTTP/1.1", "", 404),
                Arguments.of("an h2c upgrade to a page that does not exist", "GET /nothing-here.xhtml HTTP/1.1\r\n"
                        + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA", "", 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void isAnsweredWithoutAServerError(String name, String request, String body, int expected) throws Exception {
        RawHttp.Answer answer = RawHttp.send(request, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, answer.status(), answer.head() + "\n" + answer.body());
        String text = answer.body();
        assertFalse(SERVER_INTERNALS.matcher(text).find(), "no server message code or stack trace: " + text);
        if (answer.status() >= 400 && !request.startsWith("HEAD")) {
            assertTrue(text.contains("Twofold"), "Twofold's own page: " + text);
        }
    }
}
