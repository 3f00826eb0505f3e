package org.twofold.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** {@code directory test} succeeds only when the person could sign in; otherwise one line says why. */
class DirectoryTestVerdictTest {

    @Test
    void aPersonFoundAndUsableIsNoTrouble() {
        assertNull(DirectoryCommand.trouble(answer("{\"outcome\":\"FOUND\",\"login\":\"jdoe\"}"), "jdoe"));
    }

    @Test
    void aPersonFoundButDisabledCannotSignIn() {
        assertEquals("'jdoe' is in the directory but could not sign in: disabled in the directory",
                DirectoryCommand.trouble(answer("{\"outcome\":\"FOUND\",\"refused\":\"disabled in the directory\"}"), "jdoe"));
    }

    @Test
    void noOneByThatLogin() {
        assertEquals("No one in the directory has the login 'nobody' (or more than one person has it).",
                DirectoryCommand.trouble(answer("{\"outcome\":\"NOT_FOUND\"}"), "nobody"));
    }

    @Test
    void anUnreachableDirectoryGivesTheServersWords() {
        assertEquals("Directory ldap://x:389: the search failed: the directory did not answer in time.",
                DirectoryCommand.trouble(answer("{\"outcome\":\"UNREACHABLE\",\"problem\":"
                        + "\"Directory ldap://x:389: the search failed: the directory did not answer in time.\"}"), "jdoe"));
    }

    private static JsonObject answer(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }
}
