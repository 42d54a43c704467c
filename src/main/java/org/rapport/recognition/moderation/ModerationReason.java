package org.rapport.recognition.moderation;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Why someone reports, hides or dismisses: plain text, trimmed, 1-{@value #MAX} characters (line
 * breaks allowed), or empty where the reason is optional. Validates itself; errors name {@code reason}.
 */
public record ModerationReason(String text) {
    public static final int MAX = 500;
    public static final String FIELD = "reason";

    public ModerationReason {
        text = Text.clean(text);
        List<FieldError> errors = new ArrayList<>();
        Text.checkParagraphs(FIELD, text, 0, MAX, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A reason that must be given. */
    public static ModerationReason required(String raw) {
        String clean = Text.clean(raw);
        if (clean.isEmpty()) {
            throw new InvalidInputException(FieldError.of(FIELD, "rapport.error.required"));
        }
        return new ModerationReason(clean);
    }

    /** A reason that may be left out (then empty). */
    public static ModerationReason optional(String raw) {
        return new ModerationReason(raw);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
