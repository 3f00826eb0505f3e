package org.twofold.it.services;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.it.LanguageBrowsing;

/**
 * English, German, French and Spanish in chromium: each browser language's sign-in, and a
 * person's own choice, which their pages and emails follow.
 */
@ExtendWith(ArquillianExtension.class)
class LanguagesIT {

    private static final String ARCHIVE = "twofold-languages";
    private static final String PASSWORD = "a long multilingual password 246";
    // Fixed, not random: the server-side fixture and the browser side run in different JVMs.
    private static final String READER = "lang-reader";
    private static final String CHOOSER = "lang-chooser";
    private static final String CHOOSER_EMAIL = "lang-chooser@example.test";
    private static final String READER_SEED = "ONSWG4TFORRW63LQOV2GK4TTMVRXE2LU";
    private static final String CHOOSER_SEED = "MNUG633TMVZHG2LHNZQXI5LSMVZWC3TE";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create(ARCHIVE, TestUsers.class);
    }

    /** Two people with an app; the one who chooses a language has an email address for the notices. */
    @Dependent
    static class People implements Fixture {

        @Inject
        private TestUsers testUsers;

        @Override
        public void prepare() {
            if (testUsers.exists(READER)) {
                return;
            }
            testUsers.createWithApp(READER, PASSWORD, null, READER_SEED, false);
            testUsers.createWithApp(CHOOSER, PASSWORD, CHOOSER_EMAIL, CHOOSER_SEED, false);
        }
    }

    @BeforeAll
    static void twoPeopleWithAnApp() throws Exception {
        Fixtures.prepare(ARCHIVE, People.class);
    }

    @Test
    @RunAsClient
    void aGermanBrowserSignsInInGerman() throws Exception {
        LanguageBrowsing.signsInInTheBrowsersLanguage("de-DE,de", READER, PASSWORD, READER_SEED,
                "Anmelden", "Bestätigen", "Letzte Aktivitäten in Ihrem Konto");
    }

    @Test
    @RunAsClient
    void aFrenchBrowserSignsInInFrench() throws Exception {
        LanguageBrowsing.signsInInTheBrowsersLanguage("fr-FR,fr", READER, PASSWORD, READER_SEED,
                "Se connecter", "Valider", "Activité récente de votre compte");
    }

    @Test
    @RunAsClient
    void aSpanishBrowserSignsInInSpanish() throws Exception {
        LanguageBrowsing.signsInInTheBrowsersLanguage("es-ES,es", READER, PASSWORD, READER_SEED,
                "Iniciar sesión", "Verificar", "Actividad reciente de su cuenta");
    }

    @Test
    @RunAsClient
    void anEnglishBrowserSignsInInEnglish() throws Exception {
        LanguageBrowsing.signsInInTheBrowsersLanguage("en-GB,en", READER, PASSWORD, READER_SEED,
                "Sign in", "Verify", "Recent activity on your account");
    }

    @Test
    @RunAsClient
    void theSignInPageOffersEveryLanguage() throws Exception {
        LanguageBrowsing.picksGermanOnTheSignInPage();
    }

    @Test
    @RunAsClient
    void aPersonsChoiceWinsOverTheBrowserInPagesAndEmails() throws Exception {
        LanguageBrowsing.choosesFrenchForPagesAndEmails(CHOOSER, PASSWORD, CHOOSER_SEED, CHOOSER_EMAIL);
    }
}
