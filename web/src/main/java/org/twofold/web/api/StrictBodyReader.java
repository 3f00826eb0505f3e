package org.twofold.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Every record an API resource takes as its body is read by {@link StrictJson}, not converted by JSON-B. */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictBodyReader implements MessageBodyReader<Record> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(body);
        int first = stream.read();
        if (first == -1) {
            return null; // no body: each resource says what it misses
        }
        stream.unread(first);
        JsonValue json;
        try (JsonReader reader = Json.createReader(stream)) {
            json = reader.readValue();
        } catch (JsonException notJson) {
            throw new StrictJson.Mismatch("The body is not JSON.");
        }
        return StrictJson.read(json, type);
    }
}
