/**
 * What people and HTTP clients meet: the authentication mechanism and identity store
 * (package {@code security}), the sign-in pages' beans ({@code signin}), health checks
 * and HTTP filters. Business rules live in the ejb module's services.
 */
package org.twofold.web;
