/**
 * Decisions as pure functions with table tests: whether a sign-in needs a second step, which
 * method it uses and which others it may switch to, and how long enrolment may be put off.
 */
package org.twofold.domain.policy;
