/**
 * Emailed and texted codes: issued within the send limits, verified once within their tries,
 * and what the code page shows of their delivery.
 */
package org.twofold.service.challenge;
