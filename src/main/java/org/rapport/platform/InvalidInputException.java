package org.rapport.platform;

import java.util.List;

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
}
