/**
 * One-time passwords as the RFCs define them: HOTP (4226), TOTP (6238), Base32 and the
 * otpauth:// URI; pure functions, tested against the RFC vectors.
 */
package org.twofold.domain.otp;
