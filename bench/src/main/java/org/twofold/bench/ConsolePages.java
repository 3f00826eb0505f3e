package org.twofold.bench;

import java.util.List;

/**
 * How long each console page takes for a signed-in administrator: each opened a few times
 * after one warm-up opening, with the percentiles printed. For the large-install figures.
 */
final class ConsolePages {

    private static final List<String> PAGES = List.of("admin/index.xhtml", "admin/settings.xhtml", "admin/roles.xhtml",
            "admin/users.xhtml", "admin/messaging.xhtml", "admin/queue.xhtml", "admin/audit.xhtml");

    private ConsolePages() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        Timings timings = new Timings();
        WebSession browser = new WebSession(options.url(), timings);
        AdminKey.signIn(browser, options.text("admin", "Administrator"), AdminKey.password(options));
        int times = options.number("times", 5);
        for (String page : PAGES) {
            browser.get(page, "warm-up");
            for (int i = 0; i < times; i++) {
                WebSession.Page answer = browser.get(page, page);
                if (!answer.path().endsWith(page.substring(page.indexOf('/')))) {
                    throw new IllegalStateException(page + " ended on " + answer.describe());
                }
            }
            System.out.printf("%-24s %s%n", page, timings.summary(page));
        }
    }
}
