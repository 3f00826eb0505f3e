/**
 * Passkeys and security keys (WebAuthn): the relying party Twofold is, the options a browser is
 * handed for a ceremony, single-use challenges, a user's registered passkeys, and checking what
 * an authenticator answered (through webauthn4j: no CBOR or COSE by hand).
 */
package org.twofold.service.passkey;
