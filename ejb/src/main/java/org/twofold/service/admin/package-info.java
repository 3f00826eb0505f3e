/**
 * The console's own services: the dashboard's facts and the Messaging page's test messages.
 */
package org.twofold.service.admin;
