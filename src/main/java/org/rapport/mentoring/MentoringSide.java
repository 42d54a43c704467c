package org.rapport.mentoring;

/** One side of a pairing. */
public enum MentoringSide {
    MENTOR, MENTEE
}
