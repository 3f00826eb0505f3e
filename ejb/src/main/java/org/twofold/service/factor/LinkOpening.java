package org.twofold.service.factor;

/** What opening an emailed enrolment link found. */
public record LinkOpening(Result result, Long factorId) {

    public enum Result {
        OPENED,
        USED,
        EXPIRED,
        UNKNOWN
    }

    static LinkOpening of(Result result) {
        return new LinkOpening(result, null);
    }
}
