package org.twofold.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A password given as a file's first line, never as an argument (shell history and the process list would show it). */
final class PasswordFile {

    private PasswordFile() {
    }

    static String read(Path file) throws UsageException {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new UsageException(file + " is empty: its first line is the password");
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file);
        }
    }
}
