/**
 * MicroProfile Health checks for load balancers: ready when the database answers.
 */
package org.twofold.web.health;
