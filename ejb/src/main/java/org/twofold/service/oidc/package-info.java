/**
 * Twofold as the intranet's OpenID Connect provider and forward-authentication endpoint: the
 * registered applications, what the authorization endpoint decides, the code exchange, the ID
 * tokens and their signing keys. The HTTP side (parsing, redirects) is in {@code web.oidc}.
 */
package org.twofold.service.oidc;
