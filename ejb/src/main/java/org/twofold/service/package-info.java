/**
 * The application's services: stateless session beans that hold the business rules of
 * sign-in, factors, users and settings. They use the {@code domain} module and know nothing
 * of HTTP or Faces; the {@code web} module calls them.
 */
package org.twofold.service;
