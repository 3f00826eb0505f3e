/**
 * The SMS gateway's settings: the generic HTTP gateway's address, parameters and credentials.
 */
package org.twofold.domain.sms;
