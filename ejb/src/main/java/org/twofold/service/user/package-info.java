/**
 * Who someone is: users looked up by name, passwords checked (with the hashing line), and the
 * signed-in user that the web layer and API keys carry.
 */
package org.twofold.service.user;
