package org.twofold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code settings set KEY VALUE} sends the value as the JSON type the setting has now, which the server requires. */
class SettingValuesTest {

    @ParameterizedTest(name = "{1} like {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "10          | 5            | 5",
        "10          | ' 7 '        | 7",
        "10          | five         | \"five\"",
        "true        | off          | false",
        "true        | TRUE         | true",
        "true        | maybe        | \"maybe\"",
        "[\"TOTP\"]  | TOTP,EMAIL   | [\"TOTP\",\"EMAIL\"]",
        "[\"TOTP\"]  | 'TOTP SMS'   | [\"TOTP\",\"SMS\"]",
        "\"Twofold\" | Acme         | \"Acme\"",
        "\"Twofold\" | 12           | \"12\""
    })
    void aValueIsSentAsTheTypeOfTheSettingsCurrentValue(String current, String typed, String sent) {
        assertEquals(sent, SettingsCommand.typedLike(JsonParser.parseString(current), typed).toString());
    }
}
