/**
 * What the nodes of a cluster share beyond the data itself: the leases that let one node, and
 * only one, run a piece of background work.
 */
package org.twofold.domain.cluster;
