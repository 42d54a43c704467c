package org.rapport.mentoring.checkin;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A check-in as a person logs or edits it, validated for shape: the day (ISO date), a duration of
 * 5-480 minutes, private notes of at most 5000 characters and next steps of at most 1000. That the day
 * is not in the future and not before the pairing started is checked by the service.
 */
public record CheckInDraft(LocalDate heldOn, int durationMinutes, String notes, String nextSteps) {
    public static final int DURATION_MIN = 5;
    public static final int DURATION_MAX = 480;
    public static final int NOTES_MAX = 5000;
    public static final int NEXT_STEPS_MAX = 1000;

    public CheckInDraft {
        List<FieldError> errors = new ArrayList<>();
        check(heldOn, durationMinutes, errors);
        notes = Text.clean(notes);
        Text.checkParagraphs("notes", notes, 0, NOTES_MAX, errors);
        nextSteps = Text.clean(nextSteps);
        Text.checkParagraphs("nextSteps", nextSteps, 0, NEXT_STEPS_MAX, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A draft from raw client values, reporting every error at once. */
    public static CheckInDraft parse(String date, Integer durationMinutes, String notes, String nextSteps) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = null;
        String text = Text.clean(date);
        if (text.isEmpty()) {
            errors.add(FieldError.of("date", "rapport.error.required"));
        } else {
            try {
                day = text.length() == 10 ? LocalDate.parse(text) : null;
            } catch (DateTimeParseException e) {
                day = null;
            }
            if (day == null) {
                errors.add(FieldError.of("date", "rapport.help.error.date.format"));
            }
        }
        if (durationMinutes == null) {
            errors.add(FieldError.of("durationMinutes", "rapport.error.required"));
        } else if (durationMinutes < DURATION_MIN || durationMinutes > DURATION_MAX) {
            errors.add(FieldError.of("durationMinutes", "rapport.error.range", DURATION_MIN, DURATION_MAX));
        }
        String cleanNotes = Text.clean(notes);
        Text.checkParagraphs("notes", cleanNotes, 0, NOTES_MAX, errors);
        String cleanSteps = Text.clean(nextSteps);
        Text.checkParagraphs("nextSteps", cleanSteps, 0, NEXT_STEPS_MAX, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CheckInDraft(day, durationMinutes, cleanNotes, cleanSteps);
    }

    private static void check(LocalDate heldOn, int durationMinutes, List<FieldError> errors) {
        if (heldOn == null) {
            errors.add(FieldError.of("date", "rapport.error.required"));
        }
        if (durationMinutes < DURATION_MIN || durationMinutes > DURATION_MAX) {
            errors.add(FieldError.of("durationMinutes", "rapport.error.range", DURATION_MIN, DURATION_MAX));
        }
    }
}
