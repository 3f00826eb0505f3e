package org.twofold.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code twofold user delete NAME}: asks first at a terminal; a script says {@code --yes}. */
@Command(name = "delete", description = {"Delete the user with their roles, addresses, factors and API keys.",
    "Their audit events stay, under their username. The last administrator cannot be deleted.",
    "Example: twofold user delete jane --yes"})
final class UserDelete implements Callable<Integer> {

    @ParentCommand
    private UserCommand user;

    @Parameters(index = "0", paramLabel = "USERNAME")
    private String username;

    @Option(names = "--yes", description = "delete without asking (needed when no one is at a terminal)")
    private boolean yes;

    @Override
    public Integer call() throws Exception {
        if (!yes && !confirmedAtTerminal()) {
            return 1;
        }
        user.root.api().delete("users/" + ApiClient.segment(username));
        user.root.out().println(username + " is deleted.");
        user.root.out().flush();
        return 0;
    }

    private boolean confirmedAtTerminal() throws UsageException {
        Console console = System.console();
        if (console == null) {
            throw new UsageException("deleting " + username + " needs --yes when no one is at a terminal to confirm");
        }
        String typed = console.readLine("Delete %s with their factors and API keys? Type the username to confirm: ", username);
        if (typed == null || !typed.strip().equals(username)) {
            user.root.out().println("Nothing was deleted.");
            user.root.out().flush();
            return false;
        }
        return true;
    }
}
