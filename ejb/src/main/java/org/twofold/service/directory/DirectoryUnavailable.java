package org.twofold.service.directory;

import jakarta.ejb.ApplicationException;

/**
 * The directory could not answer (down, too slow, or the service account refused): nothing
 * was decided, and the caller says "not possible right now". Never a reason to fall back to
 * another check. The message names the server and the kind of failure, never a password.
 */
@ApplicationException(rollback = false)
public class DirectoryUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DirectoryUnavailable(String message) {
        super(message, null, false, false);
    }
}
