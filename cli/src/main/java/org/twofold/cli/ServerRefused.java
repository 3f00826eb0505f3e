package org.twofold.cli;

/** The server answered with an error (exit code 1); the message is its problem document's detail. */
class ServerRefused extends Exception {

    private final int status;

    ServerRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
