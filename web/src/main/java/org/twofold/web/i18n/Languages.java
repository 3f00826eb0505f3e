package org.twofold.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.twofold.domain.user.SupportedLanguage;

/**
 * How a page picks its language: the person's choice, kept on their record and carried in the
 * browser by a cookie; without one, the browser's Accept-Language (Faces picks among the
 * supported locales in faces-config.xml, which lists the same four); else English.
 */
public final class Languages {

    /** The browser's copy of the person's choice: a language tag, nothing secret. */
    public static final String COOKIE = "tf_language";

    private static final int COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    private Languages() {
    }

    /** The supported language a tag names ("de", "de-AT", "FR"), if any. */
    public static Optional<Locale> supported(String tag) {
        return SupportedLanguage.of(tag).map(SupportedLanguage::locale);
    }

    /** The language tags, English first. */
    public static List<String> tags() {
        return Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::tag).toList();
    }

    /** The cookie that makes this browser show the pages in this language (a year, the whole site). */
    public static Cookie cookie(SupportedLanguage language, HttpServletRequest request) {
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
