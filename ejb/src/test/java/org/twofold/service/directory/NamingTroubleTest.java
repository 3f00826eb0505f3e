package org.twofold.service.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import javax.naming.CommunicationException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.directory.InvalidSearchFilterException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NamingTroubleTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(communication(new ConnectException("Connection refused")),
                        "nothing answers at the directory's address (connection refused)"),
                Arguments.of(communication(new UnknownHostException("ldap.nowhere")),
                        "the directory's host name is not known (check the address)"),
                Arguments.of(communication(new SocketTimeoutException("Read timed out")),
                        "the directory did not answer in time"),
                Arguments.of(communication(new SSLHandshakeException("PKIX path building failed")),
                        "the secure connection failed (this server does not trust the directory's certificate, "
                                + "or the directory does not speak TLS)"),
                Arguments.of(new NameNotFoundException("[LDAP: error code 32 - No Such Object]"),
                        "the base DN does not exist in the directory ([LDAP: error code 32 - No Such Object])"),
                Arguments.of(new InvalidSearchFilterException("Unbalanced parenthesis"),
                        "the user filter is not a valid LDAP filter (Unbalanced parenthesis)"),
                Arguments.of(new NamingException("[LDAP: error code 53 - Unwilling To Perform]"),
                        "the directory answered with an error ([LDAP: error code 53 - Unwilling To Perform])"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void saysWhatTheFailureMeans(Exception failure, String words) {
        assertEquals(words, NamingTrouble.words(failure));
    }

    @Test
    void neverNamesAJavaClass() {
        failures().forEach(arguments -> {
            String words = NamingTrouble.words((Exception) arguments.get()[0]);
            assertFalse(words.matches(".*\\b[A-Z][a-z]+(Exception|Error)\\b.*"), words);
            assertFalse(words.contains("java."), words);
        });
    }

    private static CommunicationException communication(Exception root) {
        CommunicationException failure = new CommunicationException("ldap.example.test:389");
        failure.setRootCause(root);
        return failure;
    }
}
