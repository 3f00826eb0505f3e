/**
 * What signed-in users see and change of their own sign-in on the Security page, one class per
 * concern (apps, email and SMS factors, recovery codes, remembered browsers, their own second
 * step, API keys), each change confirmed with the password again ({@link
 * org.twofold.service.account.PasswordConfirmation}).
 */
package org.twofold.service.account;
