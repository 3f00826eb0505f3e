/**
 * What IT sets per deployment (MicroProfile Config and Liberty variables), and the vault that
 * seals TOTP seeds with the configured keys.
 */
package org.twofold.service.config;
