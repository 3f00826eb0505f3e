/**
 * The database schema: Liquibase changesets applied at start, before anything reads a table,
 * and the refusal to open a database that a newer release has upgraded.
 */
package org.twofold.service.schema;
