/**
 * The OpenID Connect provider's and forward authentication's HTTP side: discovery, keys, the
 * authorization, token, UserInfo and logout endpoints, and the reverse proxy's check. Requests
 * and responses go through Nimbus; what to decide is in {@code service.oidc}.
 */
package org.twofold.web.oidc;
