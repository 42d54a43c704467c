package org.rapport.privacy;

import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whose data to erase and how. The user key need not belong to a current user (people are usually
 * erased after they left); it is 1-255 characters and never the anonymous marker itself.
 */
public record ErasureRequest(String userKey, ErasureMode mode) {
    public static final int KEY_MAX = 255;

    public ErasureRequest {
        List<FieldError> errors = new ArrayList<>();
        userKey = Text.clean(userKey);
        Text.checkLine("user", userKey, 1, KEY_MAX, errors);
        if (errors.isEmpty() && AnonymousPerson.is(userKey)) {
            errors.add(FieldError.of("user", "rapport.privacy.error.anonymous"));
        }
        if (mode == null) {
            errors.add(FieldError.of("mode", "rapport.privacy.error.mode"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** From a request body's strings; an unknown mode is a field error. */
    public static ErasureRequest parse(String userKey, String mode) {
        ErasureMode parsed = null;
        if (mode != null) {
            try {
                parsed = ErasureMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
        }
        return new ErasureRequest(userKey, parsed);
    }
}
