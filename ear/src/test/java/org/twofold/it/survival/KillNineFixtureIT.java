package org.twofold.it.survival;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.it.services.ServiceArchive;
import org.twofold.it.services.TestUsers;

/**
 * Creates, inside the server, the users {@link KillNineIT} and {@link BreakGlassIT} sign in
 * as. A class of its own because Arquillian cannot talk to a server that was restarted under
 * it, so those run in a later Failsafe execution without Arquillian.
 */
@ExtendWith(ArquillianExtension.class)
class KillNineFixtureIT {

    static final String USER = "kill-nine";
    static final String PASSWORD = "a long kill nine password 147";
    static final String ADDRESS = "kill-nine@example.test";
    static final String ADMIN = "break-glass-admin";
    static final String ADMIN_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    static final String ADMIN_KEY = "tfbreakglass00001:break-glass-secret-for-the-restart-test";

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

    @Test
    void anAdministratorWithAnAppAndAnApiKey() {
        testUsers.createWithApp(ADMIN, PASSWORD, null, ADMIN_SEED, true);
        testUsers.addApiKey(ADMIN, ADMIN_KEY.substring(0, ADMIN_KEY.indexOf(':')), ADMIN_KEY.substring(ADMIN_KEY.indexOf(':') + 1));
    }
}
