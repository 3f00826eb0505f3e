/**
 * Administering users, as the console's Users page and the API do: the user form's draft, the
 * list's rows, create, change, unlock, reset factors, end sessions.
 */
package org.twofold.service.useradmin;
