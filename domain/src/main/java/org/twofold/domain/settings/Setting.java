package org.twofold.domain.settings;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twofold.domain.user.TwoFactorMethod;

/**
 * One system setting, described once: its name (in the API, the command line and the audit
 * log), what kind of value it takes, its range and the message for a value out of it, and how
 * to read and write it on {@link SystemSettings}. {@link SettingCatalog} lists them all; the
 * copy, the diff, the range checks, the PATCH and the API's listing all follow from it.
 *
 * @param choices  the enum of a {@link Kind#CHOICE}, else null
 * @param rangeKey the message key for a whole number outside [min, max]; null when the number
 *                 is checked otherwise (see {@link SystemSettings#problems})
 */
public record Setting<T>(String name, Kind kind, Class<? extends Enum<?>> choices, int min, int max, String rangeKey,
                         Function<SystemSettings, T> reader, BiConsumer<SystemSettings, T> writer) {

    /** The kinds of value, each with the one JSON type it is given as. */
    public enum Kind {
        /** true or false */
        FLAG,
        /** a whole number */
        WHOLE_NUMBER,
        /** one of an enum's names, as a string */
        CHOICE,
        /** authentication methods, as an array of their names */
        METHODS,
        /** a string */
        TEXT
    }

    /** The value as the API shows it and the audit log compares it: sets sorted, no text null. */
    public Object valueIn(SystemSettings settings) {
        T value = reader.apply(settings);
        if (kind == Kind.METHODS) {
            return value == null ? Set.of() : new TreeSet<>((Set<?>) value);
        }
        return kind == Kind.TEXT && value == null ? "" : value;
    }

    /** Puts {@code from}'s value into {@code to}; a set is copied, not shared. */
    @SuppressWarnings("unchecked")
    public void copy(SystemSettings from, SystemSettings to) {
        T value = reader.apply(from);
        if (kind == Kind.METHODS) {
            Set<TwoFactorMethod> methods = (Set<TwoFactorMethod>) value;
            value = (T) (methods == null || methods.isEmpty() ? EnumSet.noneOf(TwoFactorMethod.class) : EnumSet.copyOf(methods));
        }
        writer.accept(to, value);
    }

    /** The key of the range message, when this setting is a whole number outside its range. */
    public Optional<String> rangeProblem(SystemSettings settings) {
        if (kind != Kind.WHOLE_NUMBER || rangeKey == null) {
            return Optional.empty();
        }
        int value = (Integer) reader.apply(settings);
        return value < min || value > max ? Optional.of(rangeKey) : Optional.empty();
    }

    /**
     * Writes a value as JSON gives it (Boolean, a number, String, a list of strings) into
     * {@code target}, strictly: a value of another JSON type is refused, never converted.
     *
     * @return what is wrong, e.g. {@code "lockoutThreshold: must be a whole number"}; empty when taken
     */
    @SuppressWarnings("unchecked")
    public Optional<String> parseInto(SystemSettings target, Object json) {
        Object value;
        switch (kind) {
            case FLAG -> {
                if (!(json instanceof Boolean flag)) {
                    return problem("must be true or false");
                }
                value = flag;
            }
            case WHOLE_NUMBER -> {
                Optional<Integer> number = wholeNumber(json);
                if (number.isEmpty()) {
                    return problem("must be a whole number");
                }
                value = number.get();
            }
            case CHOICE -> {
                Optional<? extends Enum<?>> choice = json instanceof String text ? choice(text) : Optional.empty();
                if (choice.isEmpty()) {
                    return problem("must be one of " + names(choices));
                }
                value = choice.get();
            }
            case METHODS -> {
                if (!(json instanceof Collection<?> list)) {
                    return problem("must be an array of " + names(TwoFactorMethod.class));
                }
                Set<TwoFactorMethod> methods = EnumSet.noneOf(TwoFactorMethod.class);
                for (Object item : list) {
                    Optional<TwoFactorMethod> method = item instanceof String text
                            ? Arrays.stream(TwoFactorMethod.values()).filter(m -> m.name().equalsIgnoreCase(text.strip())).findFirst()
                            : Optional.empty();
                    if (method.isEmpty()) {
                        return problem("must be an array of " + names(TwoFactorMethod.class));
                    }
                    methods.add(method.get());
                }
                value = methods;
            }
            case TEXT -> {
                if (!(json instanceof String text)) {
                    return problem("must be a string");
                }
                value = text;
            }
            default -> throw new IllegalStateException(kind.name());
        }
        writer.accept(target, (T) value);
        return Optional.empty();
    }

    private Optional<String> problem(String what) {
        return Optional.of(name + ": " + what);
    }

    private Optional<? extends Enum<?>> choice(String text) {
        return Arrays.stream(choices.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    private static Optional<Integer> wholeNumber(Object json) {
        if (!(json instanceof Number number)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(number.toString()).intValueExact());
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return Optional.empty();
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
