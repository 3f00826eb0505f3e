package org.twofold.domain.crypto;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The encryption keys of a deployment: the current one, which seals, and previous ones, which
 * still open what they sealed until it is sealed again. A key's id is derived from the key
 * (the first 8 hex digits of its SHA-256), so the id stored beside a sealed value names its
 * key without any configuration, and reveals nothing usable about it.
 */
public final class KeyRing {

    private final String currentId;
    private final Map<String, SecretCipher> ciphers = new LinkedHashMap<>();

    public KeyRing(byte[] current, List<byte[]> previous) {
        currentId = idOf(current);
        ciphers.put(currentId, new SecretCipher(current));
        for (byte[] key : previous) {
            ciphers.putIfAbsent(idOf(key), new SecretCipher(key));
        }
    }

    /** A value and the id of the key that sealed it; serializable, for an HTTP session to hold. */
    public record Sealed(String keyId, byte[] bytes) implements Serializable {
    }

    public static String idOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public String currentId() {
        return currentId;
    }

    /** The ids of every key held, current first. */
    public List<String> ids() {
        return List.copyOf(ciphers.keySet());
    }

    public Sealed seal(byte[] plaintext, byte[] associatedData) {
        return new Sealed(currentId, ciphers.get(currentId).encrypt(plaintext, associatedData));
    }

    /**
     * Opens a value with the key it names; one without a key id (sealed before ids were
     * recorded) with whichever held key opens it.
     *
     * @throws IllegalStateException if the key is not held, or the value was altered
     */
    public byte[] open(Sealed sealed, byte[] associatedData) {
        String keyId = sealed.keyId() != null ? sealed.keyId()
                : idOpening(sealed.bytes(), associatedData).orElseThrow(
                        () -> new IllegalStateException("No configured encryption key opens this value"));
        SecretCipher cipher = ciphers.get(keyId);
        if (cipher == null) {
            throw new IllegalStateException("The encryption key with id " + sealed.keyId() + " is not configured");
        }
        return cipher.decrypt(sealed.bytes(), associatedData);
    }

    /** Which held key opens a value sealed before key ids were recorded, if any. */
    public Optional<String> idOpening(byte[] sealed, byte[] associatedData) {
        for (Map.Entry<String, SecretCipher> entry : ciphers.entrySet()) {
            try {
                entry.getValue().decrypt(sealed, associatedData);
                return Optional.of(entry.getKey());
            } catch (IllegalStateException notThisOne) {
                // try the next key
            }
        }
        return Optional.empty();
    }

    /** The ids among {@code keyIds} that no held key has, sorted. */
    public Set<String> missing(Collection<String> keyIds) {
        Set<String> missing = new TreeSet<>(keyIds);
        missing.removeAll(ciphers.keySet());
        return missing;
    }

    /** For messages: "0a1b2c3d (current), 4e5f6a7b". */
    public String describe() {
        StringBuilder text = new StringBuilder(currentId).append(" (current)");
        ciphers.keySet().stream().skip(1).forEach(id -> text.append(", ").append(id));
        return text.toString();
    }
}
