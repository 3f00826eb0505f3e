/**
 * Failed sign-ins per client address: counted in the database, so the limit holds across
 * parallel requests and nodes; used by both sign-in steps and by the limits on sending codes.
 */
package org.twofold.service.throttle;
