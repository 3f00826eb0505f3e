/**
 * The company directory: its connection settings (edited at run time), the LDAP conversation
 * (JNDI: a service-account search, then a bind as the user), and the Twofold record a
 * directory user gets at the first sign-in and has refreshed at each.
 */
package org.twofold.service.directory;
