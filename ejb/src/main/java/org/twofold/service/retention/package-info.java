/**
 * Retention: the scheduled clean-up that deletes what has outlived its use (expired sign-ins,
 * codes and links, idle failure counters of client addresses, abandoned app set-ups, old
 * sent messages and audit events), in short batches.
 */
package org.twofold.service.retention;
