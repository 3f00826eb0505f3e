package org.twofold.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** The Liberty server's CPU time and resident memory, from /proc (Linux), to report beside the timings. */
final class ServerProcess {

    /** Linux's USER_HZ: /proc reports CPU time in these ticks. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;

    private ServerProcess(long pid) {
        this.pid = pid;
    }

    /** The given pid, else the one Java process running Liberty's ws-server.jar. */
    static Optional<ServerProcess> find(int pid) throws IOException {
        if (pid > 0) {
            return Optional.of(new ServerProcess(pid));
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> commandLine(p).contains("ws-server.jar"))
                    .map(p -> new ServerProcess(Long.parseLong(p.getFileName().toString())))
                    .findFirst();
        }
    }

    long pid() {
        return pid;
    }

    /** User plus system CPU seconds the process has used so far. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** Resident set size in MiB. */
    double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return 0;
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return "";
        }
    }
}
