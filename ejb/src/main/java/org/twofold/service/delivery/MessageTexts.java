package org.twofold.service.delivery;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.twofold.domain.user.User;

/**
 * The words of outgoing emails and SMS, from a resource bundle in English, German, French and
 * Spanish: in the recipient's chosen language, else English. Never the server JVM's own
 * language: the lookup does not fall back to it.
 */
public final class MessageTexts {

    private static final String BUNDLE = "org.twofold.service.delivery.texts";
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MessageTexts() {
    }

    /** In English, for a recipient who is not a person with a record (a test message). */
    public static String text(String key, Object... arguments) {
        return text(Locale.ROOT, key, arguments);
    }

    /** In the language this person chose, else English. */
    public static String text(User recipient, String key, Object... arguments) {
        return text(recipient.preferredLanguage().map(Locale::forLanguageTag).orElse(Locale.ROOT), key, arguments);
    }

    static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_JVM_FALLBACK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
