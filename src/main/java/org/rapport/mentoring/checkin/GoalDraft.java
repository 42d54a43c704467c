package org.rapport.mentoring.checkin;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal as a person adds or edits it: a title of 1-200 characters, an optional target day, progress
 * 0-100 and a done flag. A done goal is at 100 percent whatever progress was sent.
 */
public record GoalDraft(String title, LocalDate targetDate, int progress, boolean done) {
    public static final int TITLE_MAX = 200;
    public static final int PROGRESS_MAX = 100;

    public GoalDraft {
        List<FieldError> errors = new ArrayList<>();
        title = Text.clean(title);
        Text.checkLine("title", title, 1, TITLE_MAX, errors);
        if (progress < 0 || progress > PROGRESS_MAX) {
            errors.add(FieldError.of("progress", "rapport.error.range", 0, PROGRESS_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (done) {
            progress = PROGRESS_MAX;
        }
    }

    /** A draft from raw client values (missing progress is 0, missing done is false), every error at once. */
    public static GoalDraft parse(String title, String targetDate, Integer progress, Boolean done) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate target = null;
        String text = Text.clean(targetDate);
        if (!text.isEmpty()) {
            try {
                target = text.length() == 10 ? LocalDate.parse(text) : null;
            } catch (DateTimeParseException e) {
                target = null;
            }
            if (target == null) {
                errors.add(FieldError.of("targetDate", "rapport.help.error.date.format"));
            }
        }
        GoalDraft draft = null;
        try {
            draft = new GoalDraft(title, target, progress == null ? 0 : progress, Boolean.TRUE.equals(done));
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return draft;
    }
}
