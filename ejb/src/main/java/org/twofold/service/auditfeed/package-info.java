/**
 * Audit events out of Twofold, as each one is committed: counted in the metrics, and, where the
 * deployment names a destination, written as one JSON line to a rotating file or sent to syslog
 * (RFC 5424 over TCP or UDP) for IT's SIEM. Off the sign-in's path: a slow or absent destination
 * delays no one.
 */
package org.twofold.service.auditfeed;
