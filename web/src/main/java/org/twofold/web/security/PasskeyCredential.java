package org.twofold.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A passkey's answer at the second step (the browser's PublicKeyCredential as JSON; blank when
 * the person cancelled), handed from the code page to the mechanism, and whether the user
 * ticked "remember this device".
 */
public final class PasskeyCredential implements Credential {

    private final String answer;
    private final boolean rememberDevice;

    public PasskeyCredential(String answer, boolean rememberDevice) {
        this.answer = answer;
        this.rememberDevice = rememberDevice;
    }

    public String answer() {
        return answer;
    }

    public boolean rememberDevice() {
        return rememberDevice;
    }

    @Override
    public String toString() {
        return "PasskeyCredential[hidden]";
    }
}
