package org.rapport.mentoring.programme;

import org.rapport.mentoring.pairing.Mentorship;
import java.util.List;

/**
 * What committing a match did: the proposals it created and the pairs it skipped, each with why.
 * Committing the same pairs again creates nothing and skips them all as {@link SkipReason#ALREADY_PAIRED}.
 */
public record MatchCommit(List<Mentorship> created, List<Skipped> skipped) {
    public MatchCommit {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }

    /** Why a pair was not proposed. */
    public enum SkipReason {
        /** The mentee already is in a proposed or active pairing. */
        ALREADY_PAIRED,
        /** The mentee has no mentee profile (any more), or is not in the matching pool. */
        NOT_WAITING,
        /** The mentor is paused, takes nobody, is full, or has no mentor profile. */
        MENTOR_UNAVAILABLE,
        /** The mentor is the mentee or in the mentee's management chain. */
        NOT_ALLOWED,
        /** The mentor offers none of the skills the mentee wants (any more). */
        NO_SHARED_SKILL,
        /** The mentee appears twice in the request; only the first pair counts. */
        DUPLICATE
    }

    public record Skipped(String menteeKey, String mentorKey, SkipReason reason) {
    }
}
