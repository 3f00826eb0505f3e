/**
 * The system settings row: read, checked and saved with an audit event naming what changed.
 */
package org.twofold.service.settings;
