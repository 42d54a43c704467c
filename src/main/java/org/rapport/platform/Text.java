package org.rapport.platform;

import java.util.List;

/** Rules every free-text field shares, so each command states only its limits. */
public final class Text {
    private Text() {
    }

    /** Trims, and turns null into the empty string. */
    public static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /**
     * Checks a cleaned single-line value: required (if {@code min > 0}), at most {@code max}
     * characters, no control characters. Adds at most one error for the field.
     */
    public static void checkLine(String field, String value, int min, int max, List<FieldError> errors) {
        if (value.length() < min) {
            errors.add(FieldError.of(field, "rapport.error.required"));
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add(FieldError.of(field, "rapport.error.too.long", max));
        } else if (value.chars().anyMatch(Character::isISOControl) || hasLoneSurrogate(value)) {
            errors.add(FieldError.of(field, "rapport.error.control.characters"));
        }
    }

    /** Like {@link #checkLine} but line breaks and tabs are allowed. */
    public static void checkParagraphs(String field, String value, int min, int max, List<FieldError> errors) {
        if (value.length() < min) {
            errors.add(FieldError.of(field, "rapport.error.required"));
        } else if (value.codePointCount(0, value.length()) > max) {
            errors.add(FieldError.of(field, "rapport.error.too.long", max));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || hasLoneSurrogate(value)) {
            errors.add(FieldError.of(field, "rapport.error.control.characters"));
        }
    }

    /** Half of a surrogate pair is not a character: it cannot be stored or sent as UTF-8. */
    private static boolean hasLoneSurrogate(String value) {
        return value.codePoints().anyMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }
}
