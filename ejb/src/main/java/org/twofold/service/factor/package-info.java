/**
 * A user's factors as services: authenticator apps, email and SMS factors, recovery codes,
 * enrolment links, remembered browsers, the notices they send, and the resealing of seeds after
 * a key rotation.
 */
package org.twofold.service.factor;
