package org.twofold.service.delivery;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words of outgoing emails and SMS, from a resource bundle so they can be translated. */
public final class MessageTexts {

    private static final String BUNDLE = "org.twofold.service.delivery.texts";

    private MessageTexts() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE).getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
