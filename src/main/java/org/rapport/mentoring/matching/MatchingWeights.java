package org.rapport.mentoring.matching;

/**
 * How much each kind of reason is worth, in whole points (admin-configurable later). Scores are
 * integers so that the optimum of programme matching is exact and never decided by floating-point
 * rounding.
 *
 * <p>Scale: a pair scores
 * <pre>
 *   sharedSkill     × number of skills the mentee wants and the mentor offers
 * + helpEvidence    × confirmed help the mentor gave on those skills (counted up to {@value #HELP_COUNTED_MAX} per skill)
 * + otherDepartment × 1 if the mentee prefers it and both departments are known and differ
 * + timezoneOverlap × whole hours the two 09:00-17:00 working days overlap (0..8), if the mentee prefers it
 * </pre>
 * A mentor who shares no skill is not a candidate at all. With the defaults (10, 2, 5, 1) a mentor
 * who shares one skill, helped on it three times, is from another department and works in the same
 * time zone scores 10 + 6 + 5 + 8 = 29.
 *
 * @param sharedSkill      points per shared skill, 0..{@value #WEIGHT_MAX}
 * @param helpEvidence     points per confirmed help on a shared skill, 0..{@value #WEIGHT_MAX}
 * @param otherDepartment  points for another department, 0..{@value #WEIGHT_MAX}
 * @param timezoneOverlap  points per overlapping working hour, 0..{@value #WEIGHT_MAX}
 */
public record MatchingWeights(int sharedSkill, int helpEvidence, int otherDepartment, int timezoneOverlap) {
    public static final int WEIGHT_MAX = 100;
    /** Confirmed help beyond this many per skill adds nothing: evidence, not a volume contest. */
    public static final int HELP_COUNTED_MAX = 5;
    /** Working hours per day whose overlap is counted (09:00-17:00 local time). */
    public static final int WORKING_HOURS = 8;
    /** The highest score any pair can reach with any weights (bounds the integer arithmetic). */
    public static final int MAX_PAIR_SCORE = MenteeRequest.SKILLS_MAX * (WEIGHT_MAX + WEIGHT_MAX * HELP_COUNTED_MAX)
            + WEIGHT_MAX + WEIGHT_MAX * WORKING_HOURS;

    public static final MatchingWeights DEFAULTS = new MatchingWeights(10, 2, 5, 1);

    /**
     * The highest score any mentor could reach for this mentee with these weights (every wanted
     * skill shared and backed by the most counted help, another department and a full working-day
     * overlap where the mentee prefers them): what a suggestion's score is out of.
     */
    public int bestFor(MenteeRequest mentee) {
        int skills = mentee.skillsWanted().size();
        return sharedSkill * skills + helpEvidence * HELP_COUNTED_MAX * skills
                + (mentee.preferOtherDepartment() ? otherDepartment : 0)
                + (mentee.preferOverlappingTimezone() ? timezoneOverlap * WORKING_HOURS : 0);
    }

    public MatchingWeights {
        Checks.range("sharedSkill", sharedSkill, 0, WEIGHT_MAX);
        Checks.range("helpEvidence", helpEvidence, 0, WEIGHT_MAX);
        Checks.range("otherDepartment", otherDepartment, 0, WEIGHT_MAX);
        Checks.range("timezoneOverlap", timezoneOverlap, 0, WEIGHT_MAX);
        if (sharedSkill + helpEvidence + otherDepartment + timezoneOverlap == 0) {
            throw new InvalidMatchingInputException("weights", "rapport.mentoring.match.error.weights");
        }
    }
}
