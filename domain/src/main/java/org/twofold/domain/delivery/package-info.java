/**
 * The delivery queue's row (the transactional outbox) and its channels, statuses and purposes.
 */
package org.twofold.domain.delivery;
