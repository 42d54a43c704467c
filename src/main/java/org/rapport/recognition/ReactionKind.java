package org.rapport.recognition;

import org.rapport.tally.BoardFamily;

import java.util.Locale;
import java.util.Optional;

/** The fixed set of reactions; each person can give each kind once per recognition. */
public enum ReactionKind {
    APPLAUSE, PARTY, HEART, IDEA;

    public static Optional<ReactionKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The counter board of one recognition's reactions; its subjects are the kinds. */
    public static String board(long recognitionId) {
        return BoardFamily.REACTIONS.prefix() + recognitionId;
    }
}
