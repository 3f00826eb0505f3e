/**
 * What signed-in users see and change about their own sign-in (the Security page: recovery
 * codes, remembered browsers), each change confirmed with the password again.
 */
package org.twofold.service.account;
