package org.twofold.service.passkey;

/**
 * Twofold as WebAuthn's relying party: the id passkeys are bound to (a host name), the name
 * authenticators show, and the origin (scheme, host, port) every answer must come from.
 */
public record RelyingParty(String id, String name, String origin) {
}
