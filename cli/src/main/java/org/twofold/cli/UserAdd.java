package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code twofold user add USERNAME --name NAME ...}. The password is never an argument (a
 * shell's history and the process list would show it): it is asked for, or read from the
 * first line of --password-file.
 */
@Command(name = "add", description = "Create a user, as the console's New user form does.")
final class UserAdd implements Callable<Integer> {

    @ParentCommand
    private UserCommand user;

    @Parameters(index = "0", paramLabel = "USERNAME")
    private String username;

    @Option(names = "--name", required = true, description = "the user's full name")
    private String name;

    @Option(names = "--email", description = "an email address (repeatable; the first gets codes)")
    private List<String> emails = new ArrayList<>();

    @Option(names = "--phone", description = "a phone number like +4915112345678 (repeatable; the first gets codes)")
    private List<String> phones = new ArrayList<>();

    @Option(names = "--role", description = "a role to hold (repeatable)")
    private List<String> roles = new ArrayList<>();

    @Option(names = "--type", description = "SYSTEM (default) or WEBSITE")
    private String type;

    @Option(names = "--method", description = "the second factor asked for first: TOTP, EMAIL or SMS")
    private String method;

    @Option(names = "--password-file", paramLabel = "FILE", description = "read the password from the file's first line")
    private Path passwordFile;

    @Override
    public Integer call() throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("username", username);
        body.addProperty("displayName", name);
        body.addProperty("password", password());
        body.add("emails", Json.array(emails));
        body.add("phones", Json.array(phones));
        body.add("roles", Json.array(roles));
        if (type != null) {
            body.addProperty("type", type.toUpperCase(java.util.Locale.ROOT));
        }
        if (method != null) {
            body.addProperty("method", method.toUpperCase(java.util.Locale.ROOT));
        }
        JsonElement answer = user.root.api().post("users", body);
        user.root.say(answer, "User " + username + " is created.");
        return 0;
    }

    private String password() throws UsageException {
        if (passwordFile != null) {
            return PasswordFile.read(passwordFile);
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageException("no terminal to ask for the password: give --password-file FILE");
        }
        char[] typed = console.readPassword("Password for %s: ", username);
        char[] again = console.readPassword("Again: ");
        if (typed == null || again == null || !new String(typed).equals(new String(again))) {
            throw new UsageException("the two passwords differ");
        }
        return new String(typed);
    }
}
