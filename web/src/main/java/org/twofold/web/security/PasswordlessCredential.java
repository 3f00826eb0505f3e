package org.twofold.web.security;

import jakarta.security.enterprise.credential.Credential;

/** A passkey's answer on the login page, signing in without the password (blank when the person cancelled). */
public final class PasswordlessCredential implements Credential {

    private final String answer;

    public PasswordlessCredential(String answer) {
        this.answer = answer;
    }

    public String answer() {
        return answer;
    }

    @Override
    public String toString() {
        return "PasswordlessCredential[hidden]";
    }
}
