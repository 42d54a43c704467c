package org.rapport.mentoring.profile.rest;

import org.rapport.mentoring.profile.MenteeProfileDraft;

import java.util.List;

/** The body of {@code PUT mentoring/profile/mentee}. */
public record MenteeRequest(String goals, List<String> skills, Boolean preferOtherDepartment,
                            Boolean preferOverlappingTimezone, String timeZone) {
    static MenteeProfileDraft draftOf(MenteeRequest body) {
        MenteeRequest b = body == null ? new MenteeRequest(null, null, null, null, null) : body;
        return MenteeProfileDraft.of(b.goals, b.skills, b.preferOtherDepartment, b.preferOverlappingTimezone, b.timeZone);
    }
}
