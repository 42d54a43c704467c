package org.rapport.people;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.util.ArrayList;
import java.util.List;

/** A validated people-picker search: 1-100 characters of text, 1-50 results. */
public record PeopleQuery(String text, int limit) {
    public static final int TEXT_MAX = 100;
    public static final int LIMIT_MAX = 50;
    public static final int LIMIT_DEFAULT = 10;

    public PeopleQuery {
        List<FieldError> errors = new ArrayList<>();
        Text.checkLine("query", Text.clean(text), 1, TEXT_MAX, errors);
        if (limit < 1 || limit > LIMIT_MAX) {
            errors.add(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        text = Text.clean(text);
    }

    /** A query from request parameters; a missing limit means the default, a non-number is a field error. */
    public static PeopleQuery of(String text, String limit) {
        if (limit == null || limit.isBlank()) {
            return new PeopleQuery(text, LIMIT_DEFAULT);
        }
        try {
            return new PeopleQuery(text, Integer.parseInt(limit.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
    }
}
