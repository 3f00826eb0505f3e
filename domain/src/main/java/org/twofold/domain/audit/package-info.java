/**
 * The audit log's record: one event per sign-in step, factor change and administrator's change,
 * with who, from where and what, never a secret.
 */
package org.twofold.domain.audit;
