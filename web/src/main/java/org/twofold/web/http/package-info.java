/**
 * Filters every request passes: undecodable requests get a 400, plain HTTP only a redirect to
 * HTTPS, a path nothing serves a quiet 404, every answer its security headers, and every
 * page and redirect waits for the session to be written (several nodes read it).
 */
package org.twofold.web.http;
