package org.twofold.it.services;

/**
 * A test class's set-up, run inside the server before its tests ({@link Fixtures#prepare}).
 * Implementations are CDI beans of the test archive, and idempotent: JUnit runs a class's
 * {@code @BeforeAll} again in the server for each test that runs there.
 */
public interface Fixture {

    void prepare() throws Exception;
}
