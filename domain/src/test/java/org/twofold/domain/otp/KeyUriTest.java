package org.twofold.domain.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyUriTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void putsIssuerInLabelAndParameterWithEverySetting() {
        String uri = KeyUri.totp("Twofold", "alice", SECRET, TotpParameters.DEFAULT);
        assertEquals("otpauth://totp/Twofold:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Twofold&algorithm=SHA1&digits=6&period=30", uri);
    }

    @Test
    void encodesSpacesAsPercent20AndKeepsAt() {
        String uri = KeyUri.totp("Acme Corp", "alice smith@example.com", SECRET,
                new TotpParameters(OtpAlgorithm.SHA256, 8, 60));
        assertTrue(uri.startsWith("otpauth://totp/Acme%20Corp:alice%20smith@example.com?"), uri);
        assertTrue(uri.contains("&issuer=Acme%20Corp&algorithm=SHA256&digits=8&period=60"), uri);
        URI.create(uri); // a syntactically valid URI
    }

    @Test
    void encodesNonAsciiAsUtf8() {
        String uri = KeyUri.totp("Müller AG", "jörg", SECRET, TotpParameters.DEFAULT);
        assertTrue(uri.startsWith("otpauth://totp/M%C3%BCller%20AG:j%C3%B6rg?"), uri);
        String label = uri.substring("otpauth://totp/".length(), uri.indexOf('?'));
        assertEquals("Müller AG:jörg", URLDecoder.decode(label, StandardCharsets.UTF_8));
    }

    @Test
    void refusesColonsThatWouldSplitTheLabel() {
        assertThrows(IllegalArgumentException.class, () -> KeyUri.totp("A:B", "alice", SECRET, TotpParameters.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> KeyUri.totp("Acme", "a:lice", SECRET, TotpParameters.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> KeyUri.totp(" ", "alice", SECRET, TotpParameters.DEFAULT));
    }

    @Test
    void freshSeedsAreAtLeast160BitsAndDiffer() {
        byte[] a = SecretGenerator.newSeed(OtpAlgorithm.SHA1);
        byte[] b = SecretGenerator.newSeed(OtpAlgorithm.SHA1);
        assertTrue(a.length * 8 >= 160);
        assertTrue(!java.util.Arrays.equals(a, b));
    }
}
