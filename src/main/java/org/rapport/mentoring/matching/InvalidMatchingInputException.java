package org.rapport.mentoring.matching;

/**
 * Bad input to the matching engine, naming the field and an i18n message key, so that the mentoring
 * service can turn it into a 400 field error without this package depending on the platform.
 */
public final class InvalidMatchingInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public InvalidMatchingInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
