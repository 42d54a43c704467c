package org.rapport.org;

import org.rapport.platform.FieldError;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one line of an org import: the line (1-based, where the record starts), the
 * column ({@code username}, {@code manager}, {@code department}, or {@code row} for the whole
 * record), an i18n message key and its arguments.
 */
public record RowError(int line, String column, String messageKey, List<Serializable> arguments) {
    public RowError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static RowError of(int line, String column, String messageKey, Serializable... arguments) {
        return new RowError(line, column, messageKey, List.of(arguments));
    }

    /** As a REST field error: the field is {@code rows[LINE].COLUMN}. */
    public FieldError toFieldError() {
        return new FieldError("rows[" + line + "]." + column, messageKey, arguments);
    }
}
