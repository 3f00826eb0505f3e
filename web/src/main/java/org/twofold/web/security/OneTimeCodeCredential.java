package org.twofold.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The code typed at the second step, handed from the code page to the mechanism. */
public final class OneTimeCodeCredential implements Credential {

    private final String code;

    public OneTimeCodeCredential(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return "OneTimeCodeCredential[hidden]";
    }
}
