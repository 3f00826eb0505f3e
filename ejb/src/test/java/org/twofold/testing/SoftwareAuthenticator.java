package org.twofold.testing;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.CollectedClientDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.ClientDataType;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * An authenticator in software, for tests: one P-256 key, as a security key holds it. It answers
 * a registration and sign-ins as a browser hands them on (the JSON of a PublicKeyCredential),
 * with the origin, challenge, counter and flags a test chooses, so that a test can make the
 * answers a phishing site, a replay or a cloned key would give. The CBOR and COSE are
 * webauthn4j's converters; only the signature is made here, with the JDK.
 */
public final class SoftwareAuthenticator {

    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair key;
    private final byte[] credentialId = new byte[16];
    private final String rpId;
    private final byte[] userHandle;
    private long counter;

    /**
     * @param rpId       the relying party id the key is made for
     * @param userHandle the user handle the site gave at registration, base64url (returned at sign-in)
     */
    public SoftwareAuthenticator(String rpId, String userHandle) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.key = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
        this.rpId = rpId;
        this.userHandle = userHandle == null ? null : Base64.getUrlDecoder().decode(userHandle);
    }

    public String credentialId() {
        return B64.encodeToString(credentialId);
    }

    /** The counter the next answer carries; a test sets it back to make a cloned key's answer. */
    public void setCounter(long counter) {
        this.counter = counter;
    }

    /** The answer to a registration, as {@code PublicKeyCredential.toJSON()} gives it. */
    public String register(String challenge, String origin, boolean userVerified) {
        AttestedCredentialData credential = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) key.getPublic(), COSEAlgorithmIdentifier.ES256));
        byte flags = (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_AT | (userVerified ? AuthenticatorData.BIT_UV : 0));
        AuthenticatorData<com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput> data =
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), flags, counter, credential);
        byte[] attestation = new AttestationObjectConverter(CONVERTER)
                .convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
        byte[] clientData = clientData(ClientDataType.WEBAUTHN_CREATE, challenge, origin);
        return "{\"id\":\"" + credentialId() + "\",\"rawId\":\"" + credentialId() + "\",\"type\":\"public-key\","
                + "\"response\":{\"clientDataJSON\":\"" + B64.encodeToString(clientData) + "\",\"attestationObject\":\""
                + B64.encodeToString(attestation) + "\",\"transports\":[\"usb\"]},\"clientExtensionResults\":{}}";
    }

    /** The answer to a sign-in; the counter goes up by one first. */
    public String signIn(String challenge, String origin, boolean userVerified) {
        counter++;
        byte flags = (byte) (AuthenticatorData.BIT_UP | (userVerified ? AuthenticatorData.BIT_UV : 0));
        byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER).convert(
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), flags, counter));
        byte[] clientData = clientData(ClientDataType.WEBAUTHN_GET, challenge, origin);
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(key.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return "{\"id\":\"" + credentialId() + "\",\"rawId\":\"" + credentialId() + "\",\"type\":\"public-key\","
                + "\"response\":{\"clientDataJSON\":\"" + B64.encodeToString(clientData) + "\",\"authenticatorData\":\""
                + B64.encodeToString(authenticatorData) + "\",\"signature\":\"" + B64.encodeToString(signature) + "\""
                + (userHandle == null ? "" : ",\"userHandle\":\"" + B64.encodeToString(userHandle) + "\"")
                + "},\"clientExtensionResults\":{}}";
    }

    private static byte[] clientData(ClientDataType type, String challenge, String origin) {
        return new CollectedClientDataConverter(CONVERTER).convertToBytes(
                new CollectedClientData(type, new DefaultChallenge(challenge), new Origin(origin), null));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
