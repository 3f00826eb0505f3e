/**
 * The audit log: recording events (who acted, as an {@link org.twofold.service.audit.Actor}),
 * querying them and exporting them as CSV.
 */
package org.twofold.service.audit;
