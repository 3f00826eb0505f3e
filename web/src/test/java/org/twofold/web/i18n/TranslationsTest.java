package org.twofold.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of the pages (messages) and of the emails and SMS (texts) in every language: no key
 * missing or left over, none empty, the same placeholders as in English, and each placeholder
 * still filled in once formatted (a lone apostrophe would swallow it in MessageFormat).
 */
class TranslationsTest {

    private static final String PAGES = "/org/twofold/web/i18n/messages";
    private static final String MESSAGES = "/org/twofold/service/delivery/texts";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    static Stream<Arguments> bundles() {
        return Languages.tags().stream().filter(tag -> !tag.equals("en"))
                .flatMap(tag -> Stream.of(Arguments.of(PAGES, tag), Arguments.of(MESSAGES, tag)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundles")
    void everyKeyIsTranslatedWithTheSamePlaceholders(String bundle, String tag) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties translated = load(bundle + "_" + tag + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, "missing in " + tag);
        assertEquals(Set.of(), extra, "not in English, so never shown");

        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            Set<String> expected = placeholders(english.getProperty(key));
            if (text.isBlank()) {
                problems.add(key + " is empty");
            } else if (!expected.equals(placeholders(text))) {
                problems.add(key + " has " + placeholders(text) + ", English has " + expected);
            } else if (!expected.isEmpty() && !fillsEvery(text, expected, Locale.forLanguageTag(tag))) {
                problems.add(key + " loses a placeholder when formatted (write an apostrophe as '' or ’)");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean fillsEvery(String pattern, Set<String> placeholders, Locale locale) {
        int count = placeholders.stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1;
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = "<" + i + ">";
        }
        String formatted = new MessageFormat(pattern, locale).format(values);
        return placeholders.stream().allMatch(p -> formatted.contains("<" + p + ">"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
