package org.twofold.web.security;

import jakarta.security.enterprise.credential.Credential;

/** A new passkey's answer at a first enrolment, instead of a first app's code (blank when the person cancelled). */
public final class FirstPasskeyCredential implements Credential {

    private final String answer;

    public FirstPasskeyCredential(String answer) {
        this.answer = answer;
    }

    public String answer() {
        return answer;
    }

    @Override
    public String toString() {
        return "FirstPasskeyCredential[hidden]";
    }
}
