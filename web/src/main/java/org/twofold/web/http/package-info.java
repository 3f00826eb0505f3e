/**
 * Filters every request passes: undecodable requests get a 400, plain HTTP only a redirect to
 * HTTPS, a path nothing serves a quiet 404, and every answer its security headers.
 */
package org.twofold.web.http;
