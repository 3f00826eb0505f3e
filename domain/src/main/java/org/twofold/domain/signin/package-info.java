/**
 * Sign-in state that lives between requests and across nodes: the pending sign-in, and the
 * failure counters per client address and per unknown username.
 */
package org.twofold.domain.signin;
