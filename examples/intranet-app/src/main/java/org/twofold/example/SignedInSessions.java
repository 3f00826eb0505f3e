package org.twofold.example;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This application's signed-in sessions by Twofold's subject, so that a back-channel logout
 * (Twofold telling it that a person signed out) can end theirs. Kept in this server's memory:
 * an application on several nodes would keep it where all of them read it.
 */
@ApplicationScoped
public class SignedInSessions {

    private final Map<String, Set<HttpSession>> bySubject = new ConcurrentHashMap<>();

    public void remember(String subject, HttpSession session) {
        bySubject.computeIfAbsent(subject, s -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void forget(HttpSession session) {
        bySubject.values().forEach(sessions -> sessions.remove(session));
    }

    /** Ends every session of this person here. */
    public void endAll(String subject) {
        Set<HttpSession> sessions = bySubject.remove(subject);
        if (sessions != null) {
            for (HttpSession session : sessions) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // ended meanwhile: nothing to do
                }
            }
        }
    }
}
