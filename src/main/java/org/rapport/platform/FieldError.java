package org.rapport.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One reason a field of a request was refused: the field's name as the client sent it, an i18n
 * message key, and the arguments of that message.
 */
public record FieldError(String field, String messageKey, List<Serializable> arguments) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Serializable... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
