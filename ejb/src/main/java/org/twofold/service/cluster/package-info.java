/**
 * Running as one of several nodes on a shared database: which node runs a piece of background
 * work, and this node's name.
 */
package org.twofold.service.cluster;
