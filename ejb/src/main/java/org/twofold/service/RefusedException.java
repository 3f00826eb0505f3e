package org.twofold.service;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A change an admin asked for that breaks a rule; nothing was changed. Carries the
 * message key of every problem, so the console can say each in the reader's language.
 */
@ApplicationException(rollback = true)
public class RefusedException extends Exception {

    private final List<String> problems;

    public RefusedException(List<String> problems) {
        super("Refused: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public RefusedException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
