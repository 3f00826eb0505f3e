package org.twofold.example;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets a session that ended here (signed out, timed out), so the registry does not grow. */
@WebListener
public class SessionEnd implements HttpSessionListener {

    @Inject
    private SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.forget(event.getSession());
    }
}
