package org.twofold.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the codes in delivered messages, as their reader would. */
public final class SentCodes {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    private SentCodes() {
    }

    public static String codeIn(String text) {
        Matcher matcher = SIX_DIGITS.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no code in: " + text);
        }
        return matcher.group(1);
    }

    /**
     * The texts of the SMS to this number in a local outbox folder (no gateway configured),
     * oldest first. Files are named {@code <time>-<message id>.sms.txt}.
     */
    public static List<String> smsTo(Path outbox, String number) {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sms.txt"))
                    .sorted(Comparator.comparingLong(SentCodes::messageId))
                    .map(SentCodes::read)
                    .filter(text -> text.startsWith("To: " + number + "\n"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long messageId(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(name.lastIndexOf('-') + 1, name.indexOf('.')));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
