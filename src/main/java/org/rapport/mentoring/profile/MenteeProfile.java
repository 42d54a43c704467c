package org.rapport.mentoring.profile;

import org.rapport.skills.SkillTag;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** What a person looks for in a mentor: goals, skills wanted (canonical tags), preferences and where they work. */
public record MenteeProfile(String personKey, String goals, List<SkillTag> skills, boolean preferOtherDepartment,
                            boolean preferOverlappingTimezone, ZoneId timeZone, Instant updatedAt) {
    public MenteeProfile {
        Objects.requireNonNull(personKey, "personKey");
        goals = goals == null ? "" : goals;
        skills = List.copyOf(skills);
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
