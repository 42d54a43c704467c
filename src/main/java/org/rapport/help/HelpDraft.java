package org.rapport.help;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;
import org.rapport.platform.WorkLink;
import org.rapport.skills.SkillTag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Help as someone logs it, validated for shape: helper and helped (user keys, different), a
 * summary of 1-200 characters, details of at most 2000, a kind code, 0-5 normalised skills, an
 * optional link (issue key or http(s) address), optional minutes (1-1440) and the day (ISO date;
 * none means today). Whether the people exist, the kind is active and the day lies within the last
 * 90 days is checked by the service against the data and the clock.
 */
public record HelpDraft(String helperKey, String helpedKey, String summary, String details, String kindCode,
                        List<SkillTag> skills, WorkLink link, Integer minutes, LocalDate helpedOn) {
    public static final int SUMMARY_MAX = 200;
    public static final int DETAILS_MAX = 2000;
    public static final int SKILLS_MAX = 5;
    public static final int MINUTES_MAX = 1440;
    public static final int KEY_MAX = 255;

    public HelpDraft {
        List<FieldError> errors = new ArrayList<>();
        helperKey = person("helper", helperKey, errors);
        helpedKey = person("helped", helpedKey, errors);
        if (!helperKey.isEmpty() && helperKey.equals(helpedKey)) {
            errors.add(FieldError.of("helped", "rapport.help.error.self"));
        }
        summary = Text.clean(summary);
        Text.checkLine("summary", summary, 1, SUMMARY_MAX, errors);
        details = Text.clean(details);
        Text.checkParagraphs("details", details, 0, DETAILS_MAX, errors);
        kindCode = Text.clean(kindCode);
        if (kindCode.isEmpty()) {
            errors.add(FieldError.of("kind", "rapport.error.required"));
        } else if (kindCode.length() > 60) {
            errors.add(FieldError.of("kind", "rapport.help.error.kind"));
        }
        skills = skills == null ? List.of() : List.copyOf(skills);
        if (skills.size() > SKILLS_MAX) {
            errors.add(FieldError.of("skills", "rapport.skills.error.many", SKILLS_MAX));
        }
        if (minutes != null && (minutes < 1 || minutes > MINUTES_MAX)) {
            errors.add(FieldError.of("minutes", "rapport.error.range", 1, MINUTES_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A draft from raw client values; reports every error at once. A missing date is {@code today}. */
    public static HelpDraft parse(String helper, String helped, String summary, String details, String kind,
                                  List<String> skills, String link, Integer minutes, String date, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<SkillTag> tags = List.of();
        try {
            tags = SkillTag.parseAll("skills", skills, SKILLS_MAX);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        WorkLink parsedLink = null;
        try {
            parsedLink = WorkLink.parse(link);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        LocalDate day = today;
        if (date != null && !date.isBlank()) {
            try {
                day = date.strip().length() == 10 ? LocalDate.parse(date.strip()) : null;
            } catch (DateTimeParseException e) {
                day = null;
            }
            if (day == null) {
                errors.add(FieldError.of("date", "rapport.help.error.date.format"));
                day = today;
            }
        }
        HelpDraft draft = null;
        try {
            draft = new HelpDraft(helper, helped, summary, details, kind, tags, parsedLink, minutes, day);
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return draft;
    }

    /** The same draft with the skills replaced by their canonical tags. */
    public HelpDraft withSkills(List<SkillTag> canonical) {
        return new HelpDraft(helperKey, helpedKey, summary, details, kindCode, canonical, link, minutes, helpedOn);
    }

    private static String person(String field, String key, List<FieldError> errors) {
        String clean = Text.clean(key);
        if (clean.isEmpty()) {
            errors.add(FieldError.of(field, "rapport.error.required"));
        } else if (clean.length() > KEY_MAX) {
            errors.add(FieldError.of(field, "rapport.help.error.person"));
        }
        return clean;
    }
}
