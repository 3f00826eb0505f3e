/**
 * Metrics for IT's Prometheus: Twofold's meters (sign-in steps, lockouts, codes sent,
 * deliveries, password hashes, applications' sign-ins) and the JVM's, scraped in Prometheus's
 * text format. No label holds a user name, an address or a code. Depends on no other service
 * package: the services report to it.
 */
package org.twofold.service.metrics;
