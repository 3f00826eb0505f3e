/**
 * Online backups of the embedded database while people sign in (Derby's backup procedure),
 * each with a manifest that says what it is; restoring is documented in docs/operations.md.
 */
package org.twofold.service.backup;
