package org.twofold.domain.oidc;

import java.util.List;

/**
 * How strongly a session was signed in, as OpenID Connect's {@code acr} says it: {@code pwd},
 * {@code mfa} with a second factor, {@code phr} (phishing-resistant, as the OpenID Extended
 * Authentication Profile names it) with a passkey. Each level satisfies those below it; the
 * {@code amr} methods are {@link SignInMethods}'.
 */
public enum AuthenticationLevel {
    PASSWORD("pwd"),
    SECOND_FACTOR("mfa"),
    PHISHING_RESISTANT("phr");

    private final String acr;

    AuthenticationLevel(String acr) {
        this.acr = acr;
    }

    public static AuthenticationLevel of(boolean secondStepDone) {
        return secondStepDone ? SECOND_FACTOR : PASSWORD;
    }

    /** The level an {@code acr} value asks for; null when it names none Twofold knows. */
    public static AuthenticationLevel byAcr(String acr) {
        for (AuthenticationLevel level : values()) {
            if (level.acr.equals(acr)) {
                return level;
            }
        }
        return null;
    }

    public String acr() {
        return acr;
    }

    /** Whether a session at this level satisfies one that asks for {@code wanted}. */
    public boolean satisfies(AuthenticationLevel wanted) {
        return compareTo(wanted) >= 0;
    }

    /**
     * The level an application asks for: the first of the {@code acr_values} it sent (in order
     * of preference) that Twofold knows, else the password; at least a second factor when it is
     * registered so. Unknown values are ignored, as OpenID Connect Core §3.1.2.1 allows.
     */
    public static AuthenticationLevel wanted(boolean applicationRequiresSecondFactor, List<String> acrValues) {
        AuthenticationLevel asked = acrValues.stream().map(AuthenticationLevel::byAcr)
                .filter(level -> level != null).findFirst().orElse(PASSWORD);
        return applicationRequiresSecondFactor && !asked.satisfies(SECOND_FACTOR) ? SECOND_FACTOR : asked;
    }
}
