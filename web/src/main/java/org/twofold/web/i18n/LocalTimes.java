package org.twofold.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Times on the pages ({@code #{times.of(instant)}}): in the browser's time zone, which a script
 * of the page (twofold/zone.js) keeps in a cookie, and in the page's language; UTC, named as
 * such, until the browser has said.
 */
@Named("times")
@RequestScoped
public class LocalTimes {

    /** The cookie zone.js writes: the browser's IANA time zone. */
    public static final String ZONE_COOKIE = "tf_zone";

    private ZoneId zone;

    public String of(Instant instant) {
        FacesContext context = FacesContext.getCurrentInstance();
        return TimeText.format(instant, zone(context), context.getViewRoot().getLocale());
    }

    private ZoneId zone(FacesContext context) {
        if (zone == null) {
            Object cookie = context.getExternalContext().getRequestCookieMap().get(ZONE_COOKIE);
            zone = TimeText.zone(cookie instanceof Cookie browser ? java.net.URLDecoder.decode(browser.getValue(),
                    java.nio.charset.StandardCharsets.UTF_8) : null);
        }
        return zone;
    }
}
