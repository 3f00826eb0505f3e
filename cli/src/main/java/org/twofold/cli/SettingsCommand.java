package org.twofold.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code twofold settings get [KEY]} and {@code twofold settings set KEY VALUE}. */
@Command(name = "settings", description = "Read or change the system settings.",
        subcommands = {SettingsCommand.Get.class, SettingsCommand.Set.class})
final class SettingsCommand implements Callable<Integer> {

    @ParentCommand
    Twofold root;

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("settings needs get or set");
    }

    @Command(name = "get", description = "Print every setting, or the one named.")
    static final class Get implements Callable<Integer> {

        @ParentCommand
        private SettingsCommand settings;

        @Parameters(index = "0", arity = "0..1", paramLabel = "KEY")
        private String name;

        @Override
        public Integer call() throws Exception {
            JsonElement answer = settings.root.api().get(name == null ? "settings" : "settings/" + ApiClient.segment(name));
            settings.root.print(answer, table(answer.getAsJsonObject()));
            return 0;
        }
    }

    @Command(name = "set", description = "Change one setting; the server checks it as the console does.")
    static final class Set implements Callable<Integer> {

        @ParentCommand
        private SettingsCommand settings;

        @Parameters(index = "0", paramLabel = "KEY")
        private String name;

        @Parameters(index = "1", paramLabel = "VALUE")
        private String value;

        @Override
        public Integer call() throws Exception {
            JsonObject current = settings.root.api().get("settings").getAsJsonObject();
            JsonObject body = new JsonObject();
            body.add(name, typedLike(current.get(name), value));
            JsonElement answer = settings.root.api().patch("settings", body);
            settings.root.say(answer, name + " = " + Json.text(answer.getAsJsonObject().get(name)));
            return 0;
        }
    }

    /**
     * The typed text as a value of the setting's JSON type, which the server requires (a
     * number for a count, true/false/on/off for a flag, a comma-separated list for methods);
     * text that does not fit goes as a string, so the server's message names the setting.
     */
    static JsonElement typedLike(JsonElement current, String value) {
        String text = value.strip();
        if (current != null && current.isJsonArray()) {
            JsonArray items = new JsonArray();
            Arrays.stream(text.split("[,\\s]+")).filter(item -> !item.isEmpty()).forEach(items::add);
            return items;
        }
        if (current != null && current.isJsonPrimitive() && current.getAsJsonPrimitive().isBoolean()) {
            try {
                return new JsonPrimitive(Flags.bool(text));
            } catch (UsageException notAFlag) {
                return new JsonPrimitive(value);
            }
        }
        if (current != null && current.isJsonPrimitive() && current.getAsJsonPrimitive().isNumber()) {
            try {
                return new JsonPrimitive(Long.parseLong(text));
            } catch (NumberFormatException notANumber) {
                return new JsonPrimitive(value);
            }
        }
        return new JsonPrimitive(value);
    }

    static Table table(JsonObject values) {
        Table table = new Table("SETTING", "VALUE");
        for (Map.Entry<String, JsonElement> entry : values.entrySet()) {
            table.row(entry.getKey(), Json.text(entry.getValue()));
        }
        return table;
    }

    /** Arrays as comma-separated, strings without quotes. */
}
