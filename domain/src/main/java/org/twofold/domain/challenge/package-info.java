/**
 * Emailed and texted one-time codes: the challenge row (only the code's hash, bound to one
 * sign-in), how codes are made, and how destinations are masked.
 */
package org.twofold.domain.challenge;
