/** API keys: made, listed and revoked by their owner, and checked (with a per-key rate limit) for each API request. */
package org.twofold.service.apikey;
