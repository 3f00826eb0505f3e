package org.twofold.cli;

import com.google.gson.JsonObject;
import java.io.Console;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code twofold login --url URL --user NAME}: signs in with the password and the current code
 * of the person's authenticator app, both asked at the terminal (a script pipes them in, one per
 * line; never on the command line, where other users and the shell's history see them), and
 * keeps the key the server hands out, which expires, in {@code ~/.twofold/sites.properties}.
 */
@Command(name = "login", description = {
    "Sign in with your password and your authenticator app's current code, and keep an API key that",
    "expires (8 hours, unless IT set TWOFOLD_CLI_KEY_HOURS) in ~/.twofold/sites.properties (only you may read it).",
    "Both are asked at the terminal, never taken from the command line; a script pipes them in, one per line.",
    "Example: twofold login --url https://twofold.corp.example/ --user jane"})
final class LoginCommand implements Callable<Integer> {

    static final String DEFAULT_SITE = "default";

    @ParentCommand
    private Twofold root;

    @Option(names = "--user", required = true, description = "your username")
    private String user;

    @Override
    public Integer call() throws Exception {
        String siteName = root.site != null ? root.site : DEFAULT_SITE;
        Site site = Site.forSigningIn(root.url, root.site, envOf(root), root.home());
        JsonObject body = new JsonObject();
        body.addProperty("username", user);
        body.addProperty("password", ask("Password for " + user + " at " + site.url() + ": ", true, true));
        body.addProperty("code", ask("Code from your authenticator app (Enter if you have none): ", false, false));
        JsonObject answer = new ApiClient(site, root.ssl()).post("login", body).getAsJsonObject();
        Site.remember(root.home(), siteName, site.url(), Json.text(answer, "key", ""));
        root.out().println("Signed in as " + Json.text(answer, "username", user) + " until " + Json.text(answer, "expiresAt", "")
                + "; the key is kept in ~/" + Site.SITES_FILE + " as site " + siteName + ".");
        root.out().flush();
        return 0;
    }

    /** A line typed at the terminal (not echoed when secret), or the next line of standard input. */
    private String ask(String prompt, boolean secret, boolean required) throws UsageException, IOException {
        Console console = System.console();
        String typed;
        if (console != null) {
            typed = secret ? charsToString(console.readPassword("%s", prompt)) : console.readLine("%s", prompt);
        } else {
            typed = root.in().readLine();
        }
        if (required && (typed == null || typed.isEmpty())) {
            throw new UsageException("login needs the password and the code: type them at the terminal, or pipe them in,"
                    + " one per line");
        }
        return typed == null ? "" : typed.strip();
    }

    private static String charsToString(char[] typed) {
        return typed == null ? null : new String(typed);
    }

    private static java.util.Map<String, String> envOf(Twofold root) {
        String url = root.environment("TWOFOLD_URL");
        return url == null ? java.util.Map.of() : java.util.Map.of("TWOFOLD_URL", url);
    }
}
