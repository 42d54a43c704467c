package org.rapport.mentoring.pairing;

import org.rapport.mentoring.profile.ProfileFields;
import org.rapport.platform.FieldError;

import java.util.ArrayList;
import java.util.List;

/** Validated feedback on a finished pairing: a rating from 1 to 5 and a comment of up to {@value #COMMENT_MAX} characters. */
public record FeedbackDraft(int rating, String comment) {
    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int COMMENT_MAX = 1000;

    public FeedbackDraft {
        if (rating < RATING_MIN || rating > RATING_MAX || comment == null) {
            throw new IllegalArgumentException("use FeedbackDraft.of to validate input");
        }
    }

    public static FeedbackDraft of(Integer rating, String comment) {
        List<FieldError> errors = new ArrayList<>();
        if (rating == null) {
            errors.add(FieldError.of("rating", "rapport.error.required"));
        } else if (rating < RATING_MIN || rating > RATING_MAX) {
            errors.add(FieldError.of("rating", "rapport.error.range", RATING_MIN, RATING_MAX));
        }
        String text = ProfileFields.text(errors, "comment", comment, COMMENT_MAX);
        ProfileFields.throwIfAny(errors);
        return new FeedbackDraft(rating, text);
    }
}
