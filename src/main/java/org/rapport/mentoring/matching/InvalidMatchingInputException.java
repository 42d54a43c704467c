package org.rapport.mentoring.matching;

import java.util.List;

/**
 * Bad input to the matching engine, naming the field and an i18n message key, so that the mentoring
 * service can turn it into a 400 field error without this package depending on the platform.
 */
public final class InvalidMatchingInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public InvalidMatchingInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The message's {0}, {1}, ... arguments (for example the allowed range). */
    public List<Object> arguments() {
        return arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
