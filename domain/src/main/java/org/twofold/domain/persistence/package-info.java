/**
 * How JPA stores what it has no type for: instants as UTC milliseconds.
 */
package org.twofold.domain.persistence;
