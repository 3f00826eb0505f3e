package org.twofold.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.twofold.service.signin.SignInStep;

/**
 * The cookie of a remembered browser: its random token, sent only to Twofold's own pages
 * ({@code SameSite=Strict}, never to scripts, only over HTTPS when the request came that way).
 */
public final class DeviceCookie {

    static final String NAME = "twofold_device";

    private DeviceCookie() {
    }

    /** The token this browser sent, or null. */
    static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    static void give(HttpServletRequest request, HttpServletResponse response, SignInStep.RememberedBrowser browser) {
        Cookie cookie = new Cookie(NAME, browser.token());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(RequestScheme.isHttps(request));
        cookie.setMaxAge((int) browser.lifetime().toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
