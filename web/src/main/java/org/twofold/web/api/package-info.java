/**
 * The REST API ({@code /api/v1}): API-key authentication, administrators only, the console's
 * services behind JSON resources, and every error as an RFC 9457 problem document.
 */
package org.twofold.web.api;
