/** API keys: how scripts and the {@code twofold} command authenticate, in place of a password and a code. */
package org.twofold.domain.apikey;
