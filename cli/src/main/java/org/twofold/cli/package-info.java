/**
 * The {@code twofold} command: each subcommand is one call to the REST API (never the
 * database), printed as a table for people or as JSON for scripts.
 */
package org.twofold.cli;
