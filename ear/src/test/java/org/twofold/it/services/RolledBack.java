package org.twofold.it.services;

import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;

/** Runs test steps inside the server in a transaction that is rolled back, so nothing they change stays. */
final class RolledBack {

    @FunctionalInterface
    interface Steps {
        void run() throws Exception;
    }

    private RolledBack() {
    }

    static void run(Steps steps) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            steps.run();
        } finally {
            tx.rollback();
        }
    }
}
