package org.twofold.service.signin;

/** What the enrolment page shows: the Key URI for the QR code and the secret for typing. */
public record EnrolmentDetails(String issuer, String account, String secretBase32, String keyUri,
                               int digits, int periodSeconds, String algorithm) {
}
