package org.rapport.mentoring.pairing;

/** One side of a pairing. */
public enum MentoringSide {
    MENTOR, MENTEE
}
