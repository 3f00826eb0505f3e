/**
 * The admin console's page beans. Each only moves form values to a service in
 * {@code org.twofold.service} and puts the outcome on the page; the rules live in the services.
 */
package org.twofold.web.admin;
