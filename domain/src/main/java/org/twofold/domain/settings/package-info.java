/**
 * What administrators change at run time: the settings row, each setting described once in the
 * catalog (kind, range, message), and changes by name as the API sends them.
 */
package org.twofold.domain.settings;
