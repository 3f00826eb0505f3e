package org.twofold.service.passkey;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.twofold.domain.passkey.Passkey;
import org.twofold.domain.settings.UserVerification;
import org.twofold.domain.user.User;

/**
 * The options a browser is handed for a ceremony, as WebAuthn's JSON forms of them
 * (PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON): binary
 * values base64url, ready for {@code PublicKeyCredential.parseCreationOptionsFromJSON}.
 */
public final class PasskeyOptions {

    private PasskeyOptions() {
    }

    /** A ceremony's options, and the challenge in them (the session keeps it for the answer). */
    public record Issued(String json, String challenge) {
    }

    /**
     * For registering a passkey: a discoverable one where the authenticator can, so it may also
     * sign in alone; none the user has already; attestation only when models are restricted.
     */
    public static Issued creation(RelyingParty rp, User user, List<Passkey> existing, String challenge,
                                  UserVerification userVerification, boolean attestation) {
        JsonArrayBuilder algorithms = Json.createArrayBuilder();
        PasskeyVerifier.ALGORITHMS.forEach(alg -> algorithms.add(Json.createObjectBuilder()
                .add("type", "public-key").add("alg", alg.getValue())));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("rp", Json.createObjectBuilder().add("id", rp.id()).add("name", rp.name()))
                .add("user", Json.createObjectBuilder()
                        .add("id", Passkeys.userHandle(user))
                        .add("name", user.getUsername())
                        .add("displayName", user.getDisplayName() == null ? user.getUsername() : user.getDisplayName()))
                .add("challenge", challenge)
                .add("pubKeyCredParams", algorithms)
                .add("timeout", PasskeyChallenges.LIFETIME.toMillis())
                .add("excludeCredentials", descriptors(existing))
                .add("authenticatorSelection", Json.createObjectBuilder()
                        .add("residentKey", "preferred")
                        .add("userVerification", name(userVerification)))
                .add("attestation", attestation ? "direct" : "none");
        return new Issued(options.build().toString(), challenge);
    }

    /**
     * For signing in: the user's own passkeys at the second step; none named for a sign-in with
     * a passkey alone, where the browser offers the discoverable ones it holds for this site.
     */
    public static Issued request(RelyingParty rp, List<Passkey> allowed, String challenge, UserVerification userVerification) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("challenge", challenge)
                .add("rpId", rp.id())
                .add("timeout", PasskeyChallenges.LIFETIME.toMillis())
                .add("allowCredentials", descriptors(allowed))
                .add("userVerification", name(userVerification));
        return new Issued(options.build().toString(), challenge);
    }

    private static JsonArrayBuilder descriptors(List<Passkey> passkeys) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Passkey passkey : passkeys) {
            JsonObjectBuilder descriptor = Json.createObjectBuilder().add("type", "public-key").add("id", passkey.getCredentialId());
            if (passkey.getTransports() != null && !passkey.getTransports().isBlank()) {
                JsonArrayBuilder transports = Json.createArrayBuilder();
                for (String transport : passkey.getTransports().split(",")) {
                    transports.add(transport);
                }
                descriptor.add("transports", transports);
            }
            list.add(descriptor);
        }
        return list;
    }

    private static String name(UserVerification userVerification) {
        return userVerification.name().toLowerCase(Locale.ROOT);
    }
}
