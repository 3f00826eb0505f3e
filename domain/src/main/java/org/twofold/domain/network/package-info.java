/**
 * Networks in CIDR notation, for the IP bypass and the trusted proxies: parsed and matched
 * without a lookup.
 */
package org.twofold.domain.network;
