package org.twofold.service.auditfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingFileTest {

    @TempDir
    Path folder;

    @Test
    void pastItsSizeTheFileMovesAsideAndTheOldestGoes() throws IOException {
        Path live = folder.resolve("audit/audit.jsonl");
        try (RotatingFile file = new RotatingFile(live, 10, 2)) {
            for (String line : List.of("line-1", "line-2", "line-3", "line-4")) {
                file.append(line);
            }
        }
        assertEquals(List.of("line-4"), Files.readAllLines(live));
        assertEquals(List.of("line-3"), Files.readAllLines(folder.resolve("audit/audit.jsonl.1")));
        assertEquals(List.of("line-2"), Files.readAllLines(folder.resolve("audit/audit.jsonl.2")));
        assertFalse(Files.exists(folder.resolve("audit/audit.jsonl.3")));
    }

    @Test
    void aRestartAppendsToWhatIsThere() throws IOException {
        Path live = folder.resolve("audit.jsonl");
        try (RotatingFile file = new RotatingFile(live, 1_000, 2)) {
            file.append("before");
        }
        try (RotatingFile file = new RotatingFile(live, 1_000, 2)) {
            file.append("after");
        }
        assertEquals(List.of("before", "after"), Files.readAllLines(live));
    }
}
