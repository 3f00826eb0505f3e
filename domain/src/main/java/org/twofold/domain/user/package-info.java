/**
 * People: the user row (password hash, lockout counters, roles, addresses and numbers), their
 * roles, types and sources, and the second-step methods they may use.
 */
package org.twofold.domain.user;
