/**
 * The steps of signing in, each answering with one {@link org.twofold.service.signin.SignInStep}:
 * the password (counted before it is hashed), the code, "set up later", and the lockout and
 * session rules around them. State between steps is a pending sign-in row, never the session.
 */
package org.twofold.service.signin;
