/** JMH benchmarks of what a sign-in computes: the password hash, TOTP verification, the sent code's hash. */
package org.twofold.bench.jmh;
