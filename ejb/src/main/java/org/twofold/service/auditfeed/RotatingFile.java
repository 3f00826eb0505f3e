package org.twofold.service.auditfeed;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written a line at a time that, past {@code maxBytes}, moves to {@code NAME.1} (the
 * older ones to .2, .3 ...; the oldest beyond {@code keep} is deleted) and starts again empty,
 * as logrotate would. The live file always has the configured name. Used from one thread only.
 */
final class RotatingFile implements AutoCloseable {

    private final Path path;
    private final long maxBytes;
    private final int keep;
    private Writer writer;
    private long size;

    RotatingFile(Path path, long maxBytes, int keep) {
        this.path = path;
        this.maxBytes = maxBytes;
        this.keep = keep;
    }

    void append(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (writer == null) {
            open();
        }
        if (size > 0 && size + bytes.length > maxBytes) {
            rotate();
            open();
        }
        writer.write(line);
        writer.write('\n');
        writer.flush();
        size += bytes.length;
    }

    private void open() throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(path);
    }

    private void rotate() throws IOException {
        close();
        Files.deleteIfExists(numbered(keep));
        for (int n = keep - 1; n >= 1; n--) {
            if (Files.exists(numbered(n))) {
                Files.move(numbered(n), numbered(n + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(path, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path numbered(int n) {
        return path.resolveSibling(path.getFileName() + "." + n);
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // the next append opens it again
            }
            writer = null;
        }
    }
}
