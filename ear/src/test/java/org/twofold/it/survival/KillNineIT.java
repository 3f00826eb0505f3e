package org.twofold.it.survival;

import org.junit.jupiter.api.Test;
import org.twofold.it.ServerKiller;

/**
 * Nothing queued is lost when the server is killed: a sign-in code is queued while the SMTP
 * server is down, the server is killed with SIGKILL, and after a restart the code arrives.
 * Its user comes from {@link KillNineFixtureIT}. Failsafe runs it last, in a JVM of its own
 * (see ear/pom.xml), as it restarts the server the other tests share.
 */
class KillNineIT {

    @Test
    void aCodeQueuedBeforeAKillIsDeliveredAfterTheRestart() throws Exception {
        ServerKiller.queueACodeKillAndRestart(KillNineFixtureIT.USER, KillNineFixtureIT.PASSWORD,
                KillNineFixtureIT.ADDRESS, "token " + KillNineFixtureIT.ADMIN_KEY);
    }
}
