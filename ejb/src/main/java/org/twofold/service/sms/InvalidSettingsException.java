package org.twofold.service.sms;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Settings that cannot be saved; carries the message keys of every problem. */
@ApplicationException(rollback = true)
public class InvalidSettingsException extends Exception {

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super("Invalid settings: " + String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
