package org.rapport.platform.rest;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.Locale;

/**
 * Reading query parameters the one way every resource does: text that is not what the parameter
 * holds is a 400 naming the parameter, never a 500 or a silent default. Ranges are the services'
 * to check; these only read.
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** A whole number from 0 up (surrounding spaces allowed); anything else is "wrong type" on {@code field}. */
    public static long wholeNumber(String field, String raw) {
        return wholeNumber(field, raw, Long.MAX_VALUE);
    }

    /** A whole number from 0 to {@code max}; anything else is "wrong type" on {@code field}. */
    public static long wholeNumber(String field, String raw, long max) {
        try {
            long value = Long.parseLong(raw == null ? "" : raw.strip());
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(FieldError.of(field, "rapport.error.wrong.type"));
    }

    /**
     * A page size: {@code fallback} when absent or blank; a number otherwise (the service checks
     * 1 to {@code max}); text that is no number is "use 1 to max" on {@code field}.
     */
    public static int size(String field, String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldError.of(field, "rapport.error.range", 1, max));
        }
    }

    /** {@code true} or {@code false} (any case, surrounding spaces allowed); anything else is "wrong type". */
    public static boolean flag(String field, String raw) {
        return switch (raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(FieldError.of(field, "rapport.error.wrong.type"));
        };
    }
}
