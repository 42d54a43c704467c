package org.rapport.mentoring.profile;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;
import org.rapport.skills.SkillTag;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Shared checks of the mentoring commands; each collects errors naming the field. Public for the
 * free-text and throw steps only: the pairing commands (proposal, end, feedback) check their notes the
 * same way as the profiles do.
 */
public final class ProfileFields {
    static final int TIME_ZONE_MAX = 64;
    static final int SKILLS_MAX = 10;

    private ProfileFields() {
    }

    public static String text(List<FieldError> errors, String field, String raw, int max) {
        String text = Text.clean(raw);
        Text.checkParagraphs(field, text, 0, max, errors);
        return text;
    }

    static ZoneId timeZone(List<FieldError> errors, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of("timeZone", "rapport.error.required"));
            return null;
        }
        String text = raw.strip();
        if (text.length() > TIME_ZONE_MAX) {
            errors.add(FieldError.of("timeZone", "rapport.error.too.long", TIME_ZONE_MAX));
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            errors.add(FieldError.of("timeZone", "rapport.mentoring.error.timeZone"));
            return null;
        }
    }

    static List<SkillTag> skills(List<FieldError> errors, String field, List<String> raw) {
        try {
            return SkillTag.parseAll(field, raw, SKILLS_MAX);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return List.of();
        }
    }

    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
