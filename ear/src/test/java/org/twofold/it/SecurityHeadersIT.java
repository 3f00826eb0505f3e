package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every response forbids framing, plugins, a foreign base URL and foreign form targets. */
class SecurityHeadersIT {

    private static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Test
    void pagesAndErrorPagesCarryTheContentSecurityPolicy() {
        for (String path : new String[] {"/login.xhtml", "/no-such-page.xhtml", "/signin/qr.png"}) {
            Browser.Page page = new Browser().get(path);
            assertEquals(POLICY, page.response().headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("DENY", page.response().headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }
}
