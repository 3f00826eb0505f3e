package org.twofold.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core (the npm package, fetched by the build) run inside chromium on the page the browser
 * shows: the WCAG 2.0, 2.1 and 2.2 A and AA rules. Only serious and critical violations count,
 * as the issue asks; each is one line naming the rule and the elements.
 */
final class AxeCheck {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
              .then(result => done(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160)).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    private static String source;

    private AxeCheck() {
    }

    /** The serious and critical violations on the page shown now, each prefixed with its path. */
    static List<String> violations(ConsoleBrowser browser) {
        if (Boolean.FALSE.equals(browser.script("return typeof axe !== 'undefined';"))) {
            browser.script(source());
        }
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) browser.asyncScript(RUN);
        String path = browser.path();
        return found.stream().map(line -> path + ": " + line).toList();
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(Path.of(System.getProperty("twofold.it.axe", "target/axe/package/axe.min.js")));
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is fetched by the ear's build (pre-integration-test)", e);
            }
        }
        return source;
    }
}
