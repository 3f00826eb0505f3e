/**
 * What people and HTTP clients meet: the authentication mechanism, which page each sign-in
 * step leads to and what the session holds ({@code security}), the sign-in pages' beans
 * ({@code signin}), the console ({@code admin}), Faces plumbing ({@code faces}), health checks
 * and HTTP filters ({@code http}). Business rules live in the ejb module's services.
 */
package org.twofold.web;
