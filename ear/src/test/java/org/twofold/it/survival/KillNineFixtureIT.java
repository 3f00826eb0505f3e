package org.twofold.it.survival;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.it.services.ServiceArchive;
import org.twofold.it.services.TestUsers;

/**
 * Creates, inside the server, the user {@link KillNineIT} signs in as. A class of its own
 * because Arquillian cannot talk to a server that was killed and restarted under it, so
 * KillNineIT runs in a later Failsafe execution without Arquillian.
 */
@ExtendWith(ArquillianExtension.class)
class KillNineFixtureIT {

    static final String USER = "kill-nine";
    static final String PASSWORD = "a long kill nine password 147";
    static final String ADDRESS = "kill-nine@example.test";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-kill-nine", TestUsers.class, KillNineFixtureIT.class);
    }

    @Inject
    private TestUsers testUsers;

    @Test
    void aUserWhoGetsCodesByEmail() {
        testUsers.createWithSentCodes(USER, PASSWORD, TwoFactorMethod.EMAIL, ADDRESS, null);
    }
}
