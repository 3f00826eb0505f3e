package org.twofold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and stderr lines that need no server; the ones a server gives are in the ear's CliIT. */
class ExitCodesTest {

    @TempDir
    Path home;

    @Test
    void aCommandThatDoesNotExistIsAUsageErrorInOneLine() {
        Result result = run("frobnicate");
        assertEquals(2, result.code);
        assertEquals(1, result.err.lines().count(), result.err);
        assertTrue(result.err.startsWith("twofold: Unmatched argument"), result.err);
    }

    @Test
    void aFlagThatIsNotTrueOrFalseIsAUsageError() {
        Result result = run("--key", "k:1", "enable-two-factor-auth", "maybe");
        assertEquals(2, result.code);
        assertEquals("twofold: expected true or false (or on/off), not 'maybe'", result.err.strip());
    }

    @Test
    void aServerThatCannotBeReachedExitsWithOne() {
        Result result = run("--key", "k:1", "--url", "http://127.0.0.1:1/", "role", "list");
        assertEquals(1, result.code);
        assertEquals("twofold: cannot reach http://127.0.0.1:1/: nothing answers there (is the server running, and is the port right?)",
                result.err.strip(), "said in words, without a Java class name");
    }

    @Test
    void everyCommandAndSubcommandExplainsItselfWithHelp() {
        for (String[] args : new String[][] {{"--help"}, {"role", "--help"}, {"role", "create", "--help"},
            {"directory", "set", "-h"}, {"help", "user"}, {"user", "factors", "--help"}, {"user", "set", "--help"},
            {"role", "show", "--help"}, {"user", "delete", "--help"}, {"backup", "--help"}, {"version", "--help"}}) {
            Result result = run(args);
            assertEquals(0, result.code, String.join(" ", args) + ": " + result.err);
            assertTrue(result.out.startsWith("Usage: twofold"), String.join(" ", args) + ": " + result.out);
        }
        assertTrue(run("directory", "set", "--help").out.contains("--group-base"), "the directory's options are findable");
    }

    /** Every command and subcommand there is, found in the command tree rather than listed here. */
    @Test
    void everyCommandInTheTreeExplainsItsOptionsWithAnExample() {
        java.util.List<String> unexplained = new java.util.ArrayList<>();
        java.util.List<String> visited = new java.util.ArrayList<>();
        walk(new picocli.CommandLine(new Twofold(Map.of(), home, null)), new java.util.ArrayList<>(), visited, unexplained);
        assertTrue(visited.containsAll(java.util.List.of("login", "user delete", "user set", "directory test", "role show")),
                visited.toString());
        assertEquals(java.util.List.of(), unexplained, "commands whose --help fails, or names an option without saying what it is");
    }

    private void walk(picocli.CommandLine command, java.util.List<String> path, java.util.List<String> visited,
                      java.util.List<String> unexplained) {
        if (!path.isEmpty() && !"help".equals(path.get(path.size() - 1))) {
            visited.add(String.join(" ", path));
            java.util.List<String> args = new java.util.ArrayList<>(path);
            args.add("--help");
            Result result = run(args.toArray(String[]::new));
            boolean everyOptionSaid = command.getCommandSpec().options().stream()
                    .allMatch(option -> option.description().length > 0 && !option.description()[0].isBlank());
            if (result.code != 0 || !result.out.startsWith("Usage: twofold") || !everyOptionSaid) {
                unexplained.add(String.join(" ", path));
            }
        }
        command.getSubcommands().forEach((name, sub) -> {
            if (!path.contains(name) && sub.getCommandSpec().name().equals(name)) {
                java.util.List<String> deeper = new java.util.ArrayList<>(path);
                deeper.add(name);
                walk(sub, deeper, visited, unexplained);
            }
        });
    }

    @Test
    void bashCompletionKnowsEveryCommandAndItsOptions() {
        Result result = run("generate-completion");
        assertEquals(0, result.code, result.err);
        assertTrue(result.out.contains("complete -F _complete_twofold") || result.out.contains("-F _complete_twofold"), "a bash completion function");
        for (String word : new String[] {"backup", "version", "--group-base", "--password-file"}) {
            assertTrue(result.out.contains(word), "completes " + word);
        }
    }

    @Test
    void aUserChangeWithNothingToChangeIsAUsageError() {
        Result result = run("--key", "k:1", "--url", "http://127.0.0.1:1/", "user", "set", "jane");
        assertEquals(2, result.code);
        assertTrue(result.err.startsWith("twofold: user set needs something to change"), result.err);
    }

    @Test
    void deletingWithoutATerminalToAskAtNeedsYes() {
        Result result = run("--key", "k:1", "--url", "http://127.0.0.1:1/", "user", "delete", "jane");
        assertEquals(2, result.code, "no one was asked, so nothing was sent");
        assertEquals("twofold: deleting jane needs --yes when no one is at a terminal to confirm", result.err.strip());
    }

    @Test
    void aGroupMappingWithoutARoleIsAUsageError() {
        Result result = run("--key", "k:1", "--url", "http://127.0.0.1:1/", "directory", "set", "--map", "Finance");
        assertEquals(2, result.code);
        assertEquals("twofold: --map needs GROUP=ROLE, not 'Finance'", result.err.strip());
    }

    @Test
    void jsonIsPrintedAsTheServerSentIt() {
        assertEquals("{\n  \"url\": \"https://x/?a=b&c=<d>\"\n}",
                Twofold.json(com.google.gson.JsonParser.parseString("{\"url\": \"https://x/?a=b&c=<d>\"}")));
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Twofold.run(args, Map.of(), home, null, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
