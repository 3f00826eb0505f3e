package org.twofold.service.challenge;

/** Whether a code went out for delivery. */
public enum IssueResult {
    QUEUED,
    /** Too many codes for this user or this address lately. */
    RATE_LIMITED
}
