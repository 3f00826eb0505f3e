/**
 * The company directory (LDAP, Active Directory): its connection settings, the mapping of its
 * groups to Twofold roles, and the pure rules for reading an account from it (RFC 4515 filter
 * escaping, Active Directory's disabled and expired flags, proxyAddresses).
 */
package org.twofold.domain.directory;
