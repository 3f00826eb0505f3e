package org.twofold.service.factor;

/** What the enrolment page shows: the Key URI for the QR code and the secret for typing. */
public record EnrolmentDetails(String issuer, String account, String secretBase32, String keyUri,
                               int digits, int periodSeconds, String algorithm) {

    /** The secret in groups of four, easier to type by hand. */
    public String groupedSecret() {
        return secretBase32.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
