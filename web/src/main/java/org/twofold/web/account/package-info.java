/** What signed-in users manage themselves: the Security page (recovery codes, remembered browsers). */
package org.twofold.web.account;
