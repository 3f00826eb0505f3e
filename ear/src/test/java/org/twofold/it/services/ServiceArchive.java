package org.twofold.it.services;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;

/** What the service tests' archive leaves out of the application's classes. */
final class ServiceArchive {

    /**
     * Message-driven beans and timers: the application under test already runs them, and a
     * second copy would compete for its queues.
     */
    static final Filter<ArchivePath> WITHOUT_BACKGROUND_BEANS = path -> {
        String name = path.get();
        return !name.endsWith("Mdb.class") && !name.endsWith("Sweeper.class");
    };

    private ServiceArchive() {
    }
}
