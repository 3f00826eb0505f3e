package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code twofold user set USERNAME --role ... --email ...}: changes the parts named, as the
 * console's user form does; a list given replaces the user's list. The password is not among
 * them: the person changes it, or an administrator resets it in the console.
 */
@Command(name = "set", description = "Change a user: only the options given change; a --role, --email or --phone list"
        + " replaces the user's whole list (give each). Example: twofold user set jane --role Finance --role All"
        + " --email jane@corp.example --method EMAIL")
final class UserSet implements Callable<Integer> {

    @ParentCommand
    private UserCommand user;

    @Parameters(index = "0", paramLabel = "USERNAME")
    private String username;

    @Option(names = "--name", description = "the user's full name")
    private String name;

    @Option(names = "--role", description = "a role to hold (repeatable; replaces the user's roles)")
    private List<String> roles;

    @Option(names = "--email", description = "an email address (repeatable; replaces the addresses; the first gets codes)")
    private List<String> emails;

    @Option(names = "--phone", description = "a phone number like +4915112345678 (repeatable; replaces the numbers)")
    private List<String> phones;

    @Option(names = "--type", description = "SYSTEM or WEBSITE")
    private String type;

    @Option(names = "--method", description = "the second factor asked for first: TOTP, EMAIL or SMS")
    private String method;

    @Override
    public Integer call() throws Exception {
        JsonObject body = new JsonObject();
        if (name != null) {
            body.addProperty("displayName", name);
        }
        if (roles != null) {
            body.add("roles", Json.array(roles));
        }
        if (emails != null) {
            body.add("emails", Json.array(emails));
        }
        if (phones != null) {
            body.add("phones", Json.array(phones));
        }
        if (type != null) {
            body.addProperty("type", type.toUpperCase(Locale.ROOT));
        }
        if (method != null) {
            body.addProperty("method", method.toUpperCase(Locale.ROOT));
        }
        if (body.isEmpty()) {
            throw new UsageException("user set needs something to change: --name, --role, --email, --phone, --type or --method");
        }
        JsonElement answer = user.root.api().patch("users/" + ApiClient.segment(username), body);
        user.root.say(answer, username + " is changed.");
        return 0;
    }
}
