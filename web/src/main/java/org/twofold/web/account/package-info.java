/** What signed-in users manage themselves: their recovery codes, on the Desk. */
package org.twofold.web.account;
