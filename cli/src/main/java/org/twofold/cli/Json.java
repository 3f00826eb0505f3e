package org.twofold.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/** The server's JSON: a value as a table cell, and strings as an array for a request. */
final class Json {

    private Json() {
    }

    /** Strings as they are, lists comma-separated, a missing or null value as nothing. */
    static String text(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "";
        }
        if (value.isJsonArray()) {
            StringBuilder joined = new StringBuilder();
            value.getAsJsonArray().forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(text(item)));
            return joined.toString();
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** The field's text; {@code absent} when the server left it out or sent null (JSON-B omits nulls). */
    static String text(JsonObject object, String field, String absent) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull() ? absent : text(value);
    }

    /** Strings as a JSON array. */
    static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
