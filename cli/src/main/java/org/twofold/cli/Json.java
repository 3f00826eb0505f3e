package org.twofold.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** A value of the server's JSON as a table cell. */
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
}
