/**
 * Roles and their two-factor flags, with the console's rules (built-in roles keep their names,
 * the Administrator's flag stays on).
 */
package org.twofold.service.role;
