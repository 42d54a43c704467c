package org.rapport.mentoring.profile.rest;

import org.rapport.people.rest.PersonJson;

import java.util.List;

/** The JSON shapes of {@code /rest/rapport/1.0/mentoring}. */
public final class MentoringJson {
    private MentoringJson() {
    }

    /** A mentor profile; everything in it is public to signed-in colleagues. */
    public record Mentor(PersonJson person, List<String> skills, int capacity, boolean paused, boolean open, String bio,
                         String timeZone, String updatedAt) {
    }

    /** The caller's own mentee profile. */
    public record Mentee(PersonJson person, String goals, List<String> skills, boolean preferOtherDepartment,
                         boolean preferOverlappingTimezone, String timeZone, String updatedAt) {
    }

    /** One reason, already in the reader's language, and the points it adds. */
    public record Reason(String code, String text, int points) {
    }

    /** A suggested mentor; {@code score} is out of {@code maxScore}, the most any mentor could score for this mentee. */
    public record Suggestion(Mentor mentor, int score, int maxScore, List<Reason> reasons) {
    }

    public record Suggestions(List<Suggestion> suggestions) {
    }
}
