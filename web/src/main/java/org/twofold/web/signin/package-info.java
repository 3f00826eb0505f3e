/**
 * The sign-in pages' beans and servlets: login, code, enrolment (QR code), the emailed
 * enrolment link, the Desk and sign-out.
 */
package org.twofold.web.signin;
