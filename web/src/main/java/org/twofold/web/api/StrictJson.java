package org.twofold.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a JSON value into a record strictly: every field must be one of the record's, and
 * every value of its type (a JSON boolean for a flag, a whole number for a count, one of the
 * names for a choice). JSON-B converts instead ({@code "yes"} became false, {@code 5} a name),
 * so a typo could switch a role's second factor off. A field left out or null is null.
 */
final class StrictJson {

    private StrictJson() {
    }

    /** A value that is not what its field takes; the message names the field. */
    static final class Mismatch extends RuntimeException {

        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    static <R extends Record> R read(JsonValue json, Class<R> type) {
        return type.cast(record(json, type, ""));
    }

    private static Object record(JsonValue json, Class<?> type, String path) {
        if (!(json instanceof JsonObject object)) {
            throw new Mismatch(path.isEmpty() ? "The body must be a JSON object." : "'" + path + "' must be an object.");
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = Arrays.stream(components)
                .collect(Collectors.toMap(StrictJson::jsonName, c -> c));
        for (String name : object.keySet()) {
            if (!byName.containsKey(name)) {
                throw new Mismatch("'" + join(path, name) + "' is not a field of this resource; it takes "
                        + Arrays.stream(components).map(StrictJson::jsonName).collect(Collectors.joining(", ")) + ".");
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            values[i] = value(object.getOrDefault(jsonName(component), JsonValue.NULL), component.getGenericType(),
                    join(path, jsonName(component)));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new Mismatch("'" + (path.isEmpty() ? "the body" : path) + "' is not valid: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
        }
    }

    /** The component's name in JSON: its own, or the one {@code @JsonbProperty} gives (for a Java keyword such as "public"). */
    private static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Object value(JsonValue json, Type type, String path) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return ((JsonString) expect(json, JsonValue.ValueType.STRING, path, "a string")).getString();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (json.getValueType() != JsonValue.ValueType.TRUE && json.getValueType() != JsonValue.ValueType.FALSE) {
                throw new Mismatch("'" + path + "' must be true or false.");
            }
            return json.getValueType() == JsonValue.ValueType.TRUE;
        }
        if (raw == Integer.class || raw == int.class) {
            JsonNumber number = (JsonNumber) expect(json, JsonValue.ValueType.NUMBER, path, "a whole number");
            try {
                return number.bigDecimalValue().intValueExact();
            } catch (ArithmeticException notWholeOrTooLarge) {
                throw new Mismatch("'" + path + "' must be a whole number.");
            }
        }
        if (raw.isEnum()) {
            String name = ((JsonString) expect(json, JsonValue.ValueType.STRING, path, names(raw))).getString();
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new Mismatch("'" + path + "' must be " + names(raw) + ".");
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            JsonArray array = (JsonArray) expect(json, JsonValue.ValueType.ARRAY, path, "an array");
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                Object item = value(array.get(i), element, path + "[" + i + "]");
                if (item == null) {
                    throw new Mismatch("'" + path + "[" + i + "]' must not be null.");
                }
                list.add(item);
            }
            return List.copyOf(list);
        }
        if (raw.isRecord()) {
            return record(json, raw, path);
        }
        throw new IllegalStateException("no strict reading for " + raw.getName() + " at " + path);
    }

    private static JsonValue expect(JsonValue json, JsonValue.ValueType type, String path, String what) {
        if (json.getValueType() != type) {
            throw new Mismatch("'" + path + "' must be " + what + ".");
        }
        return json;
    }

    private static String names(Class<?> enumType) {
        return "one of " + Arrays.stream(enumType.getEnumConstants()).map(c -> "\"" + ((Enum<?>) c).name() + "\"")
                .collect(Collectors.joining(", "));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
