/**
 * Cryptography with no container: Argon2id password hashes and their cost, AES-GCM sealing of
 * TOTP seeds under a key ring with rotation, and random tokens kept only as digests.
 */
package org.twofold.domain.crypto;
