/**
 * A user's second factors and what stands in for them: authenticator apps (TOTP), email and SMS
 * factors, recovery codes, enrolment links and remembered browsers.
 */
package org.twofold.domain.factor;
