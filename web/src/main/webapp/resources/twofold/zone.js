// The browser's time zone, for the times the pages show (LocalTimes reads this cookie).
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone) {
            document.cookie = 'tf_zone=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax'
                + (location.protocol === 'https:' ? '; Secure' : '');
        }
    } catch (e) {
        // no Intl: the pages show UTC, and say so
    }
})();
