/**
 * The SMS gateway SPI, its generic HTTP implementation and settings, and the transport that
 * sends SMS through whichever is configured.
 */
package org.twofold.service.sms;
