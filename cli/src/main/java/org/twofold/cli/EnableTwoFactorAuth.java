package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Frappe's command: {@code twofold enable-two-factor-auth true|false}. */
@Command(name = "enable-two-factor-auth", description = "Switch two-factor sign-in on (true) or off (false) for everyone.")
final class EnableTwoFactorAuth implements Callable<Integer> {

    @ParentCommand
    private Twofold root;

    @Parameters(index = "0", paramLabel = "true|false")
    private String value;

    @Override
    public Integer call() throws Exception {
        boolean on = Flags.bool(value);
        JsonObject body = new JsonObject();
        body.addProperty("twoFactorEnabled", on);
        JsonElement settings = root.api().patch("settings", body);
        root.say(settings, "Two-factor sign-in is " + (on ? "on" : "off") + ".");
        return 0;
    }
}
