/** The sign-in load driver and its seeding of users; the JMH benchmarks are in {@code jmh}. */
package org.twofold.bench;
