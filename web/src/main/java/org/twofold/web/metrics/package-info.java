/**
 * The metrics endpoint Prometheus scrapes ({@code /metrics}), who may read it, and the meters
 * read from the database when it does (the delivery queues, the open sessions).
 */
package org.twofold.web.metrics;
