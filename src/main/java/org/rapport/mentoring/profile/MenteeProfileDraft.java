package org.rapport.mentoring.profile;

import org.rapport.platform.FieldError;
import org.rapport.skills.SkillTag;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A validated mentee profile: goals up to 1000 characters, 0-10 skills wanted, preferences, a valid time zone. */
public record MenteeProfileDraft(String goals, List<SkillTag> skills, boolean preferOtherDepartment,
                                 boolean preferOverlappingTimezone, ZoneId timeZone) {
    public static final int GOALS_MAX = 1000;

    public MenteeProfileDraft {
        skills = List.copyOf(skills);
        if (goals == null || goals.codePointCount(0, goals.length()) > GOALS_MAX || timeZone == null
                || skills.size() > ProfileFields.SKILLS_MAX) {
            throw new IllegalArgumentException("use MenteeProfileDraft.of to validate input");
        }
    }

    /** Validates what a person sent; every problem is reported at once, each naming its field. */
    public static MenteeProfileDraft of(String goals, List<String> skills, Boolean preferOtherDepartment,
                                        Boolean preferOverlappingTimezone, String timeZone) {
        List<FieldError> errors = new ArrayList<>();
        String text = ProfileFields.text(errors, "goals", goals, GOALS_MAX);
        List<SkillTag> tags = ProfileFields.skills(errors, "skills", skills);
        ZoneId zone = ProfileFields.timeZone(errors, timeZone);
        ProfileFields.throwIfAny(errors);
        return new MenteeProfileDraft(text, tags, Boolean.TRUE.equals(preferOtherDepartment),
                Boolean.TRUE.equals(preferOverlappingTimezone), zone);
    }
}
