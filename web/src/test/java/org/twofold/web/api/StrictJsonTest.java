package org.twofold.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API bodies read strictly: each value of its field's JSON type, no field the record lacks. */
class StrictJsonTest {

    enum Colour { RED, GREEN }

    record Line(String group, String role) {
    }

    record Body(String name, Boolean flag, Integer count, Colour colour, List<String> tags, List<Line> lines) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{}                                              | Body[name=null, flag=null, count=null, colour=null, tags=null, lines=null]",
        "{\"name\": \"x\", \"flag\": false, \"count\": 3} | Body[name=x, flag=false, count=3, colour=null, tags=null, lines=null]",
        "{\"colour\": \"GREEN\", \"tags\": [\"a\"]}       | Body[name=null, flag=null, count=null, colour=GREEN, tags=[a], lines=null]",
        "{\"lines\": [{\"group\": \"G\", \"role\": \"R\"}]} | Body[name=null, flag=null, count=null, colour=null, tags=null, lines=[Line[group=G, role=R]]]",
        "{\"name\": null, \"count\": 2.0}                | Body[name=null, flag=null, count=2, colour=null, tags=null, lines=null]"
    })
    void valuesOfTheirTypesAreRead(String json, String expected) {
        assertEquals(expected, StrictJson.read(parse(json), Body.class).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"flag\": \"yes\"}                 | 'flag' must be true or false.",
        "{\"flag\": 1}                       | 'flag' must be true or false.",
        "{\"name\": 5}                       | 'name' must be a string.",
        "{\"count\": \"6\"}                  | 'count' must be a whole number.",
        "{\"count\": 6.5}                    | 'count' must be a whole number.",
        "{\"colour\": \"red\"}               | 'colour' must be one of \"RED\", \"GREEN\".",
        "{\"tags\": \"a\"}                   | 'tags' must be an array.",
        "{\"tags\": [1]}                     | 'tags[0]' must be a string.",
        "{\"lines\": [{\"grup\": \"G\"}]}    | 'lines[0].grup' is not a field of this resource; it takes group, role.",
        "{\"size\": 1}                       | 'size' is not a field of this resource; it takes name, flag, count, colour, tags, lines.",
        "[]                                  | The body must be a JSON object."
    })
    void aValueOfAnotherTypeOrAnUnknownFieldIsNamed(String json, String message) {
        StrictJson.Mismatch refused = assertThrows(StrictJson.Mismatch.class, () -> StrictJson.read(parse(json), Body.class));
        assertEquals(message, refused.getMessage());
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
