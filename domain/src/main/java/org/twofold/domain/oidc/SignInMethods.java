package org.twofold.domain.oidc;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * How a person signed in, as the {@code amr} values of RFC 8176 in the order they were used:
 * {@code pwd}; {@code otp} for a code; {@code hwk} for a passkey bound to one device (a
 * security key), {@code swk} for one synced between devices, each with {@code user} (the
 * person touched or unlocked it); {@code mfa} once two kinds of proof were given. The session
 * and each authorization code keep them; the level an application may ask for follows.
 */
public record SignInMethods(List<String> amr) implements Serializable {

    public static final SignInMethods PASSWORD = new SignInMethods(List.of("pwd"));
    public static final SignInMethods PASSWORD_AND_CODE = new SignInMethods(List.of("pwd", "otp", "mfa"));

    public SignInMethods {
        amr = List.copyOf(amr);
    }

    /** The password, then a passkey as the second step. */
    public static SignInMethods passwordAndPasskey(boolean synced) {
        return new SignInMethods(List.of("pwd", synced ? "swk" : "hwk", "user", "mfa"));
    }

    /** A passkey alone, which verified the person (PIN or biometrics): possession and that, so multi-factor. */
    public static SignInMethods passkeyAlone(boolean synced) {
        return new SignInMethods(List.of(synced ? "swk" : "hwk", "user", "mfa"));
    }

    /** As stored: the values separated by spaces; null or blank for a record from before they were kept. */
    public static SignInMethods parse(String stored, boolean secondStepDone) {
        if (stored == null || stored.isBlank()) {
            return secondStepDone ? PASSWORD_AND_CODE : PASSWORD;
        }
        return new SignInMethods(Arrays.asList(stored.trim().split(" +")));
    }

    public String stored() {
        return String.join(" ", amr);
    }

    /** A passkey was used: nothing a fake site could have relayed. */
    public boolean phishingResistant() {
        return amr.contains("hwk") || amr.contains("swk");
    }

    public AuthenticationLevel level() {
        if (phishingResistant()) {
            return AuthenticationLevel.PHISHING_RESISTANT;
        }
        return amr.contains("mfa") ? AuthenticationLevel.SECOND_FACTOR : AuthenticationLevel.PASSWORD;
    }
}
