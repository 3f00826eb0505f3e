package org.twofold.domain.oidc;

import java.util.List;

/**
 * How strongly a session was signed in, as OpenID Connect says it: the {@code acr} value
 * ({@code pwd}, or {@code mfa} with a second factor) and the {@code amr} methods of RFC 8176.
 */
public enum AuthenticationLevel {
    PASSWORD("pwd", List.of("pwd")),
    SECOND_FACTOR("mfa", List.of("pwd", "otp", "mfa"));

    private final String acr;
    private final List<String> amr;

    AuthenticationLevel(String acr, List<String> amr) {
        this.acr = acr;
        this.amr = amr;
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

    public List<String> amr() {
        return amr;
    }

    /** Whether a session at this level satisfies one that asks for {@code wanted}. */
    public boolean satisfies(AuthenticationLevel wanted) {
        return compareTo(wanted) >= 0;
    }

    /**
     * The level an application asks for: a second factor when it is registered so, or when
     * any of the {@code acr_values} it sent (in order of preference) asks for one; the
     * password otherwise. Unknown values are ignored, as OpenID Connect Core §3.1.2.1 allows.
     */
    public static AuthenticationLevel wanted(boolean applicationRequiresSecondFactor, List<String> acrValues) {
        if (applicationRequiresSecondFactor) {
            return SECOND_FACTOR;
        }
        return acrValues.stream().map(AuthenticationLevel::byAcr)
                .filter(level -> level != null).findFirst().orElse(PASSWORD);
    }
}
