package org.rapport.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The client's input broke one or more rules; every broken rule names its field. Maps to 400. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * Builds a command and, when its own checks refuse it, adds the errors {@code more} finds in the
     * same raw input (such as references to stored data, which only a service can check), so the
     * client hears of every bad field in one answer rather than one round at a time. A field the
     * command already named is not named again.
     */
    public static <T> T together(Supplier<T> command, Supplier<List<FieldError>> more) {
        try {
            return command.get();
        } catch (InvalidInputException e) {
            List<FieldError> all = new ArrayList<>(e.errors());
            Set<String> named = new HashSet<>();
            e.errors().forEach(error -> named.add(error.field()));
            more.get().stream().filter(error -> !named.contains(error.field())).forEach(all::add);
            throw new InvalidInputException(all);
        }
    }
}
