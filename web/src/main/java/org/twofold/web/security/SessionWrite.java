package org.twofold.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;

/**
 * Writes the HTTP session to the database now, before an answer sends the browser on. Liberty
 * writes it at the end of each request, which can be after a redirect has reached the browser:
 * with several nodes, the next request may then reach another node before the session does
 * (seen in Chromium: the code page, served by the other node, found no pending sign-in). The
 * write is Liberty's {@code IBMSession.sync()}, called by name so the code needs no IBM jar;
 * without session persistence there is nothing to write and nothing happens.
 */
public final class SessionWrite {

    private SessionWrite() {
    }

    public static void now(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        Method sync = syncOf(session.getClass());
        if (sync != null) {
            try {
                sync.invoke(session);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the end of the request writes it anyway
            }
        }
    }

    /** The public interface method {@code sync()} the session's class implements, if any. */
    private static Method syncOf(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Class<?> face : current.getInterfaces()) {
                try {
                    return face.getMethod("sync");
                } catch (NoSuchMethodException notThisOne) {
                    // look further
                }
            }
        }
        return null;
    }
}
