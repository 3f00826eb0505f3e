package org.twofold.cli;

/** The command cannot run as typed or configured (exit code 2); the message says why, in one line. */
class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
