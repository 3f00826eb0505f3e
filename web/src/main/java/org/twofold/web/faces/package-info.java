/**
 * Faces plumbing: an expired view sends the person back to their page, and every form carries
 * the page's CSP nonce.
 */
package org.twofold.web.faces;
