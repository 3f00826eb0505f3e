/**
 * What signed-in users change about their own sign-in (recovery codes so far), each change
 * confirmed with the password again.
 */
package org.twofold.service.account;
