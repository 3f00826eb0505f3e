package org.twofold.service.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.MissingChallengeException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.twofold.domain.passkey.Passkey;

/**
 * Checks what a browser's authenticator answered to a ceremony, through webauthn4j: the origin,
 * the relying party, the challenge, the signature, user presence and verification, and that the
 * signature counter went forward. Attestation is not checked against a trust list (Twofold asks
 * for none); the authenticator model it reports is kept. Holds no state.
 */
public final class PasskeyVerifier {

    /** ES256 (most authenticators), EdDSA and RS256 (Windows Hello), in WebAuthn's order of preference. */
    public static final List<COSEAlgorithmIdentifier> ALGORITHMS =
            List.of(COSEAlgorithmIdentifier.ES256, COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.RS256);

    private static final WebAuthnManager MANAGER = WebAuthnManager.createNonStrictWebAuthnManager();
    private static final AttestedCredentialDataConverter CREDENTIAL_DATA = new AttestedCredentialDataConverter(new ObjectConverter());
    private static final List<PublicKeyCredentialParameters> PARAMETERS = ALGORITHMS.stream()
            .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, alg)).toList();

    private PasskeyVerifier() {
    }

    /**
     * What the answer must match.
     *
     * @param challenge        the challenge handed out for this ceremony, base64url
     * @param userVerification whether the authenticator must have verified the person
     */
    public record Expected(RelyingParty relyingParty, String challenge, boolean userVerification) {

        ServerProperty serverProperty() {
            return ServerProperty.builder().origin(new Origin(relyingParty.origin())).rpId(relyingParty.id())
                    .challenge(new DefaultChallenge(challenge)).build();
        }
    }

    /** Why an answer was refused, in the terms an audit line uses. */
    public enum Failure {
        MALFORMED("not a passkey answer"),
        WRONG_ORIGIN("made on another site"),
        WRONG_CHALLENGE("for another or an old challenge"),
        NOT_VERIFIED("the authenticator did not verify the person"),
        COUNTER_WENT_BACK("signature counter went backwards (a cloned authenticator?)"),
        NOT_VALID("signature or data not valid");

        private final String audit;

        Failure(String audit) {
            this.audit = audit;
        }

        public String audit() {
            return audit;
        }
    }

    /** The answer was not accepted; carries no part of it. */
    public static final class Refused extends Exception {

        private final Failure failure;

        Refused(Failure failure) {
            super(failure.audit(), null, false, false);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** A new passkey, as it is to be stored. */
    public record NewCredential(String credentialId, String credentialData, String aaguid, long signCount,
                                boolean userVerified, boolean backupEligible, boolean backupState, String transports) {
    }

    /** A sign-in answer, read but not yet checked: which passkey it claims to be, and for whom. */
    public static final class Assertion {

        private final AuthenticationData data;

        private Assertion(AuthenticationData data) {
            this.data = data;
        }

        public String credentialId() {
            return encode(data.getCredentialId());
        }

        /** The user handle a discoverable passkey returns; empty for a security key used as a second step. */
        public Optional<String> userHandle() {
            return Optional.ofNullable(data.getUserHandle()).filter(h -> h.length > 0).map(PasskeyVerifier::encode);
        }
    }

    /** What a checked sign-in answer changes on the passkey. */
    public record Used(long signCount, boolean userVerified, boolean backupState) {
    }

    /** Checks the answer to a registration and returns the passkey it made. */
    public static NewCredential register(String responseJson, Expected expected) throws Refused {
        RegistrationData data;
        try {
            data = MANAGER.parseRegistrationResponseJSON(responseJson);
        } catch (RuntimeException e) {
            throw new Refused(Failure.MALFORMED);
        }
        try {
            MANAGER.verify(data, new RegistrationParameters(expected.serverProperty(), PARAMETERS, expected.userVerification(), true));
        } catch (RuntimeException e) {
            throw refusal(e);
        }
        AuthenticatorData<?> authenticator = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authenticator.getAttestedCredentialData();
        Set<AuthenticatorTransport> transports = data.getTransports();
        return new NewCredential(encode(credential.getCredentialId()), encode(CREDENTIAL_DATA.convert(credential)),
                String.valueOf(credential.getAaguid().getValue()), authenticator.getSignCount(), authenticator.isFlagUV(),
                authenticator.isFlagBE(), authenticator.isFlagBS(),
                transports == null ? null : transports.stream().map(AuthenticatorTransport::getValue).sorted()
                        .collect(Collectors.joining(",")));
    }

    /** Reads a sign-in answer, to find the passkey it names before it is checked ({@link #authenticate}). */
    public static Assertion read(String responseJson) throws Refused {
        try {
            AuthenticationData data = MANAGER.parseAuthenticationResponseJSON(responseJson);
            if (data.getCredentialId() == null) {
                throw new Refused(Failure.MALFORMED);
            }
            return new Assertion(data);
        } catch (RuntimeException e) {
            throw new Refused(Failure.MALFORMED);
        }
    }

    /** Checks a sign-in answer against the passkey it named. */
    public static Used authenticate(Assertion assertion, Passkey passkey, Expected expected) throws Refused {
        AttestedCredentialData credential = CREDENTIAL_DATA.convert(Base64.getUrlDecoder().decode(passkey.getCredentialData()));
        CredentialRecord record = new CredentialRecordImpl(null, passkey.isUserVerified(), passkey.isBackupEligible(),
                passkey.isBackupState(), passkey.getSignCount(), credential, null, null, null, null);
        try {
            MANAGER.verify(assertion.data, new AuthenticationParameters(expected.serverProperty(), record,
                    List.of(credential.getCredentialId()), expected.userVerification(), true));
        } catch (RuntimeException e) {
            throw refusal(e);
        }
        AuthenticatorData<?> authenticator = assertion.data.getAuthenticatorData();
        return new Used(authenticator.getSignCount(), authenticator.isFlagUV(), authenticator.isFlagBS());
    }

    private static Refused refusal(RuntimeException e) {
        if (e instanceof BadOriginException || e instanceof BadRpIdException) {
            return new Refused(Failure.WRONG_ORIGIN);
        }
        if (e instanceof BadChallengeException || e instanceof MissingChallengeException) {
            return new Refused(Failure.WRONG_CHALLENGE);
        }
        if (e instanceof UserNotVerifiedException) {
            return new Refused(Failure.NOT_VERIFIED);
        }
        if (e instanceof MaliciousCounterValueException) {
            return new Refused(Failure.COUNTER_WENT_BACK);
        }
        if (e instanceof VerificationException) {
            return new Refused(Failure.NOT_VALID);
        }
        return new Refused(Failure.MALFORMED);
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
