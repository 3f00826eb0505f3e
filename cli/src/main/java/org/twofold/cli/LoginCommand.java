package org.twofold.cli;

import com.google.gson.JsonObject;
import java.io.Console;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code twofold login --url URL --user NAME}: signs in with the password, then the code of the
 * person's second step (their app's, or the one the server just emailed or texted), both asked
 * at the terminal (a script pipes them in, one per line; never on the command line, where other
 * users and the shell's history see them), and keeps the key the server hands out, which
 * expires, in {@code ~/.twofold/sites.properties}.
 */
@Command(name = "login", description = {
    "Sign in with your password and your second step's code (your authenticator app's, or the one emailed or",
    "texted to you), and keep an API key that expires (8 hours, unless IT set TWOFOLD_CLI_KEY_HOURS) in",
    "~/.twofold/sites.properties (only you may read it). Both are asked at the terminal, never taken from the",
    "command line; a script pipes them in, one per line.",
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
        Site site = Site.forSigningIn(root.url, root.site, root.environment("TWOFOLD_URL"), root.home());
        ApiClient server = new ApiClient(site, root.ssl());
        JsonObject password = new JsonObject();
        password.addProperty("username", user);
        password.addProperty("password", ask("Password for " + user + " at " + site.url() + ": ", true));
        JsonObject answer = server.post("login", password).getAsJsonObject();
        if (answer.has("pending")) {
            JsonObject code = new JsonObject();
            code.addProperty("pending", Json.text(answer, "pending", ""));
            code.addProperty("code", ask(codePrompt(Json.text(answer, "method", "")), false));
            answer = server.post("login", code).getAsJsonObject();
        }
        Site.remember(root.home(), siteName, site.url(), Json.text(answer, "key", ""));
        root.out().println("Signed in as " + Json.text(answer, "username", user) + " until " + Json.text(answer, "expiresAt", "")
                + "; the key is kept in ~/" + Site.SITES_FILE + " as site " + siteName + ".");
        root.out().flush();
        return 0;
    }

    /** Where the code is: the server says which step is due (for email and SMS, the code is on its way). */
    private static String codePrompt(String method) {
        return switch (method) {
            case "EMAIL" -> "Code from the email just sent to you: ";
            case "SMS" -> "Code from the text message just sent to you: ";
            default -> "Code from your authenticator app: ";
        };
    }

    /** A line typed at the terminal (not echoed when secret), or the next line of standard input. */
    private String ask(String prompt, boolean secret) throws UsageException, IOException {
        Console console = System.console();
        String typed;
        if (console != null) {
            typed = secret ? charsToString(console.readPassword("%s", prompt)) : console.readLine("%s", prompt);
        } else {
            typed = root.in().readLine();
        }
        if (typed == null || typed.isBlank()) {
            throw new UsageException("login needs the password and the code: type them at the terminal, or pipe them in,"
                    + " one per line");
        }
        return typed == null ? "" : typed.strip();
    }

    private static String charsToString(char[] typed) {
        return typed == null ? null : new String(typed);
    }
}
