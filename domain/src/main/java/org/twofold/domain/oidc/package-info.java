/**
 * The intranet's other applications signing in through Twofold (OpenID Connect and forward
 * authentication): the registered applications, the one-time authorization codes, the access
 * tokens, the signing keys, and the pure rules for addresses and authentication levels.
 */
package org.twofold.domain.oidc;
