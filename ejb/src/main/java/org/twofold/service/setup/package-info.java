/**
 * What happens at a start: the first Administrator, and the notices about the HTTPS
 * certificate.
 */
package org.twofold.service.setup;
