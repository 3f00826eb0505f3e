package org.twofold.web.security;

import jakarta.security.enterprise.credential.Credential;

/** A recovery code typed at the second step instead of the code, for a lost second factor. */
public final class RecoveryCodeCredential implements Credential {

    private final String code;

    public RecoveryCodeCredential(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return "RecoveryCodeCredential[hidden]";
    }
}
