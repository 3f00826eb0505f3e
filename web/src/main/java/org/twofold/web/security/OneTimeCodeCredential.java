package org.twofold.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code typed at the second step, handed from the code page to the mechanism, and whether
 * the user ticked "remember this device".
 */
public final class OneTimeCodeCredential implements Credential {

    private final String code;
    private final boolean rememberDevice;

    public OneTimeCodeCredential(String code, boolean rememberDevice) {
        this.code = code;
        this.rememberDevice = rememberDevice;
    }

    public String code() {
        return code;
    }

    public boolean rememberDevice() {
        return rememberDevice;
    }

    @Override
    public String toString() {
        return "OneTimeCodeCredential[hidden]";
    }
}
