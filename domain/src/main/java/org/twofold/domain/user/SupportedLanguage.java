package org.twofold.domain.user;

import java.util.Locale;
import java.util.Optional;

/** The languages Twofold's pages, emails and SMS are written in, each named in itself. */
public enum SupportedLanguage {
    EN("English"),
    DE("Deutsch"),
    FR("Français"),
    ES("Español");

    private final String nativeName;

    SupportedLanguage(String nativeName) {
        this.nativeName = nativeName;
    }

    /** The language tag: "de". */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** The supported language a tag names ("de", "de-AT", "FR", "de_CH"), if any. */
    public static Optional<SupportedLanguage> of(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (SupportedLanguage supported : values()) {
            if (supported.tag().equals(language)) {
                return Optional.of(supported);
            }
        }
        return Optional.empty();
    }
}
