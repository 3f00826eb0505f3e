package org.twofold.service.apikey;

import java.io.Serializable;

/** A key just made: the secret is here once, to be shown to its owner, and never again. */
public record NewApiKey(String keyId, String secret, String label) implements Serializable {

    /** The form {@code Authorization: token KEYID:SECRET} takes. */
    public String token() {
        return keyId + ":" + secret;
    }
}
