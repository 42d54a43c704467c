package org.rapport.tally;

import java.util.Objects;

/**
 * A counter: how many of something a subject has on a board. A board is a direction, a period and
 * a category, such as {@code R|Q2026-4|0} (received, fourth quarter of 2026, all categories).
 */
public record Tally(String board, String subject, int count) {
    public Tally {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(subject, "subject");
    }

    /** The identity of a counter, without its count. */
    public record Key(String board, String subject) {
        public Key {
            Objects.requireNonNull(board, "board");
            Objects.requireNonNull(subject, "subject");
        }

        public String text() {
            return board + "|" + subject;
        }
    }
}
