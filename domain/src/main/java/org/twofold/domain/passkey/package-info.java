/**
 * Passkeys and security keys (WebAuthn): a user's registered credentials, and the challenges the
 * server hands out for one registration or one sign-in each. Parsing and verifying the
 * authenticator's answers is the service layer's (webauthn4j); here is only what is stored.
 */
package org.twofold.domain.passkey;
