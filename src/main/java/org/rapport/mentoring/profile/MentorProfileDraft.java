package org.rapport.mentoring.profile;

import org.rapport.platform.FieldError;
import org.rapport.skills.SkillTag;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated mentor profile as its owner submits it: 0-10 skills, capacity 0-10, open or paused,
 * bio up to 500 characters, a valid time zone id up to 64 characters.
 */
public record MentorProfileDraft(List<SkillTag> skills, int capacity, boolean paused, String bio, ZoneId timeZone) {
    public static final int BIO_MAX = 500;
    public static final int CAPACITY_MAX = 10;

    public MentorProfileDraft {
        skills = List.copyOf(skills);
        if (capacity < 0 || capacity > CAPACITY_MAX || bio == null || bio.codePointCount(0, bio.length()) > BIO_MAX
                || timeZone == null || skills.size() > ProfileFields.SKILLS_MAX) {
            throw new IllegalArgumentException("use MentorProfileDraft.of to validate input");
        }
    }

    /** Validates what a person sent; every problem is reported at once, each naming its field. */
    public static MentorProfileDraft of(List<String> skills, Integer capacity, Boolean paused, String bio, String timeZone) {
        List<FieldError> errors = new ArrayList<>();
        List<SkillTag> tags = ProfileFields.skills(errors, "skills", skills);
        if (capacity == null) {
            errors.add(FieldError.of("capacity", "rapport.error.required"));
        } else if (capacity < 0 || capacity > CAPACITY_MAX) {
            errors.add(FieldError.of("capacity", "rapport.error.range", 0, CAPACITY_MAX));
        }
        String text = ProfileFields.text(errors, "bio", bio, BIO_MAX);
        ZoneId zone = ProfileFields.timeZone(errors, timeZone);
        ProfileFields.throwIfAny(errors);
        return new MentorProfileDraft(tags, capacity, Boolean.TRUE.equals(paused), text, zone);
    }
}
