package org.twofold.service.factor;

/** What opening an emailed enrolment link found. */
public record LinkOpening(Result result, Long factorId) {

    public enum Result {
        /** Valid and not used yet: it opens when the person asks for the QR code (a POST). */
        READY,
        OPENED,
        USED,
        EXPIRED,
        UNKNOWN
    }

    static LinkOpening of(Result result) {
        return new LinkOpening(result, null);
    }
}
