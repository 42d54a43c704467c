package org.rapport.mentoring.profile.rest;

import org.rapport.mentoring.profile.MentorProfileDraft;

import java.util.List;

/** The body of {@code PUT mentoring/profile/mentor}. */
public record MentorRequest(List<String> skills, Integer capacity, Boolean paused, String bio, String timeZone) {
    static MentorProfileDraft draftOf(MentorRequest body) {
        MentorRequest b = body == null ? new MentorRequest(null, null, null, null, null) : body;
        return MentorProfileDraft.of(b.skills, b.capacity, b.paused, b.bio, b.timeZone);
    }
}
