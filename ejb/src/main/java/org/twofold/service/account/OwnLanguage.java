package org.twofold.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.twofold.domain.user.SupportedLanguage;
import org.twofold.service.RefusedException;
import org.twofold.service.user.UserDirectory;

/** The language a person chose for their pages, emails and SMS, kept on their record. */
@Stateless
public class OwnLanguage {

    @Inject
    private UserDirectory users;

    /** @param tag a supported language's tag, or empty for "as my browser says" */
    public void choose(String username, String tag) throws RefusedException {
        Optional<SupportedLanguage> language = SupportedLanguage.of(tag);
        if (tag != null && !tag.isBlank() && language.isEmpty()) {
            throw new RefusedException("security.language.unknown");
        }
        users.find(username).orElseThrow(() -> new RefusedException("users.gone"))
                .setPreferredLanguage(language.map(SupportedLanguage::tag).orElse(null));
    }

    public Optional<SupportedLanguage> of(String username) {
        return users.find(username).flatMap(user -> user.preferredLanguage()).flatMap(SupportedLanguage::of);
    }
}
