/**
 * Health for load balancers and monitors: ready (MicroProfile Health) when the database, the
 * messaging engine and a signing key answer; delivery (email, SMS) degraded or not, apart.
 */
package org.twofold.web.health;
