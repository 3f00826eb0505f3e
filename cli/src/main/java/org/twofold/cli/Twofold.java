package org.twofold.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import org.twofold.service.config.Release;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code twofold}: drives a Twofold server from a shell. Exit code 0 on success, 1 when the
 * server refused (or could not be reached), 2 for a usage error; each failure is one line on
 * standard error.
 */
@Command(name = "twofold", mixinStandardHelpOptions = true, versionProvider = Twofold.ReleaseNumber.class,
        description = "Drives a Twofold server through its REST API.",
        subcommands = {LoginCommand.class, EnableTwoFactorAuth.class, SettingsCommand.class, RoleCommand.class, UserCommand.class,
            ApiKeyCommand.class, DeliveryCommand.class, AuditCommand.class, DirectoryCommand.class, ClientCommand.class,
            SigningKeyCommand.class, CopyDatabaseCommand.class, BackupCommand.class, VersionCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class})
public final class Twofold implements Callable<Integer> {

    /** {@code twofold --version}: the release the build wrote down. */
    static final class ReleaseNumber implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"twofold " + Release.number()};
        }
    }

    /** The server's JSON as it came, indented; "=" and "<" stay themselves (Gson escapes them for HTML by default). */
    private static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    @Option(names = "--url", scope = ScopeType.INHERIT, description = "the server, e.g. https://twofold.example.com/")
    String url;

    @Option(names = "--key", scope = ScopeType.INHERIT, description = "the API key, KEYID:SECRET")
    String key;

    @Option(names = "--site", scope = ScopeType.INHERIT, description = "a site named in ~/" + Site.SITES_FILE)
    String site;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print the server's JSON instead of a table")
    boolean json;

    private final Map<String, String> env;
    private final Path home;
    private final SSLContext ssl;
    private PrintWriter out;
    private BufferedReader in;

    Twofold(Map<String, String> env, Path home, SSLContext ssl) {
        this.env = env;
        this.home = home;
        this.ssl = ssl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(run(args, System.getenv(), Path.of(System.getProperty("user.home")), null, in, out, err));
    }

    /** Runs one command line with nothing on standard input. */
    public static int run(String[] args, Map<String, String> env, Path home, SSLContext ssl, PrintWriter out,
                          PrintWriter err) {
        return run(args, env, home, ssl, new BufferedReader(new StringReader("")), out, err);
    }

    /**
     * Runs one command line.
     *
     * @param ssl the TLS context for HTTPS servers; null for the JDK's default
     * @return the exit code
     */
    public static int run(String[] args, Map<String, String> env, Path home, SSLContext ssl, BufferedReader in,
                          PrintWriter out, PrintWriter err) {
        Twofold root = new Twofold(env, home, ssl);
        root.out = out;
        root.in = in;
        CommandLine line = new CommandLine(root);
        helpEverywhere(line);
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((e, typed) -> {
            err.println("twofold: " + e.getMessage() + " (twofold --help lists the commands)");
            return CommandLine.ExitCode.USAGE;
        });
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof UsageException) {
                err.println("twofold: " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            if (e instanceof ServerRefused refused) {
                err.println("twofold: " + e.getMessage() + (refused.status() > 0 ? " (HTTP " + refused.status() + ")" : ""));
                return CommandLine.ExitCode.SOFTWARE;
            }
            throw e;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** {@code --help} (and {@code -h}) on every command and subcommand, not only on {@code twofold} itself. */
    private static void helpEverywhere(CommandLine command) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        command.getSubcommands().values().forEach(Twofold::helpEverywhere);
    }

    static String json(JsonElement answer) {
        return JSON.toJson(answer);
    }

    /** Without a command: the list of commands, as a usage error. */
    @Override
    public Integer call() throws UsageException {
        throw new UsageException("name a command (twofold --help lists them)");
    }

    ApiClient api() throws UsageException {
        return new ApiClient(Site.resolve(url, key, site, env, home), ssl);
    }

    PrintWriter out() {
        return out;
    }

    /** Standard input, for what a script pipes in when no one is at a terminal. */
    BufferedReader in() {
        return in;
    }

    Path home() {
        return home;
    }

    SSLContext ssl() {
        return ssl;
    }

    /** A variable of the environment the command runs in; null when unset. */
    String environment(String name) {
        return env.get(name);
    }

    /** With --json, the server's answer as it came; else the table. */
    void print(JsonElement answer, Table table) {
        if (json) {
            out.println(json(answer));
            out.flush();
        } else {
            table.print(out);
        }
    }

    /** A one-line confirmation for people; with --json, the server's answer. */
    void say(JsonElement answer, String message) {
        if (json) {
            out.println(json(answer));
        } else {
            out.println(message);
        }
        out.flush();
    }
}
