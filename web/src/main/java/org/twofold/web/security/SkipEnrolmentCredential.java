package org.twofold.web.security;

import jakarta.security.enterprise.credential.Credential;

/** "Set up later" on the enrolment step, within the grace period; the mechanism asks the service whether it may. */
public final class SkipEnrolmentCredential implements Credential {
}
