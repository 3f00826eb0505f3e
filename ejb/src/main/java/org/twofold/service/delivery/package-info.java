/**
 * Email and SMS delivery: the transactional outbox, thin JMS consumers, the transports (SMTP,
 * the local outbox folder; the SMS gateway's is found by CDI), retries with back-off and the
 * stuck-message sweeper.
 */
package org.twofold.service.delivery;
