/**
 * The Jakarta Security mechanism: it moves credentials between HTTP and the sign-in steps,
 * records in the session what a step changed, and maps each step to its page in one place
 * (SignInRoutes). API keys, device cookies and the client address are read here.
 */
package org.twofold.web.security;
