package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import org.twofold.service.config.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code twofold version}: this command line's release, then the server's release, schema and node. */
@Command(name = "version", description = "This command line's release, then the server's: its release, its database schema"
        + " and the node that answered. With --json, the server's answer alone.")
final class VersionCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws Exception {
        if (!root.json) {
            root.out().println("command line " + Release.number());
            root.out().flush();
        }
        JsonElement answer = root.api().get("version");
        JsonObject server = answer.getAsJsonObject();
        root.say(answer, "server " + server.get("release").getAsString() + ", database schema "
                + server.get("schema").getAsString() + ", node " + server.get("node").getAsString());
        return 0;
    }
}
