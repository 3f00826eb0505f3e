package org.twofold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Passkeys beyond the second step ("PASSKEY" among the allowed methods): whether one alone
 * signs a person in, Administrators included; how much the authenticator must check; under
 * which relying party id they are made; which authenticator models may be registered. Part of
 * the {@link SystemSettings} row.
 */
@Embeddable
public class PasskeySettings {

    private static final Pattern AAGUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    /** Whether a passkey on the login page signs in without the username and password. */
    @Column(nullable = false)
    private boolean passwordlessSignIn;

    /** Whether an Administrator may sign in that way too. */
    @Column(nullable = false)
    private boolean passwordlessAdministrators;

    /** What a passkey must check at the second step; a passkey alone always requires verification. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserVerification passkeyUserVerification = UserVerification.PREFERRED;

    /** The relying party id passkeys are made for; empty: the public address's host. */
    @Column(nullable = false, length = 253)
    private String passkeyRelyingPartyId = "";

    /** Authenticator models (AAGUIDs) that may be registered, comma-separated; empty: any. */
    @Column(nullable = false, length = 2000)
    private String passkeyAllowedModels = "";

    /** Whether a passkey at the second step must have verified the person (a passkey alone always must). */
    public boolean verificationRequired() {
        return passkeyUserVerification == UserVerification.REQUIRED;
    }

    /** The allowed models, lower case; empty when any model may be registered. */
    public List<String> allowedModels() {
        return passkeyAllowedModels == null || passkeyAllowedModels.isBlank() ? List.of()
                : Arrays.stream(passkeyAllowedModels.split("[,\\s]+")).filter(s -> !s.isBlank())
                        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether every listed model is an AAGUID (8-4-4-4-12 hexadecimal digits). */
    boolean modelsValid() {
        return allowedModels().stream().allMatch(m -> AAGUID.matcher(m).matches());
    }

    /** Whether the relying party id is empty or a host name (no scheme, port or path). */
    boolean relyingPartyIdValid() {
        return passkeyRelyingPartyId == null || passkeyRelyingPartyId.isEmpty()
                || passkeyRelyingPartyId.length() <= 253 && HOST.matcher(passkeyRelyingPartyId).matches();
    }

    public boolean isPasswordlessSignIn() {
        return passwordlessSignIn;
    }

    public void setPasswordlessSignIn(boolean passwordlessSignIn) {
        this.passwordlessSignIn = passwordlessSignIn;
    }

    public boolean isPasswordlessAdministrators() {
        return passwordlessAdministrators;
    }

    public void setPasswordlessAdministrators(boolean passwordlessAdministrators) {
        this.passwordlessAdministrators = passwordlessAdministrators;
    }

    public UserVerification getPasskeyUserVerification() {
        return passkeyUserVerification;
    }

    public void setPasskeyUserVerification(UserVerification passkeyUserVerification) {
        this.passkeyUserVerification = passkeyUserVerification;
    }

    public String getPasskeyRelyingPartyId() {
        return passkeyRelyingPartyId;
    }

    public void setPasskeyRelyingPartyId(String passkeyRelyingPartyId) {
        this.passkeyRelyingPartyId = passkeyRelyingPartyId == null ? "" : passkeyRelyingPartyId.strip();
    }

    public String getPasskeyAllowedModels() {
        return passkeyAllowedModels;
    }

    public void setPasskeyAllowedModels(String passkeyAllowedModels) {
        this.passkeyAllowedModels = passkeyAllowedModels == null ? "" : passkeyAllowedModels.strip();
    }
}
