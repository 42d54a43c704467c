package org.rapport.recognition;

import org.rapport.tally.BoardFamily;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which side of recognitions a counter counts. */
public enum Direction {
    RECEIVED(BoardFamily.RECOGNITION_RECEIVED), GIVEN(BoardFamily.RECOGNITION_GIVEN);

    private final BoardFamily family;

    Direction(BoardFamily family) {
        this.family = family;
    }

    /** The board for this direction, period and category (0 = all categories). */
    public String board(String periodKey, long categoryId) {
        return family.prefix() + periodKey + "|" + categoryId;
    }

    /** The board families of recognition counters (for erasing a person's counters). */
    public static List<BoardFamily> boardFamilies() {
        return Arrays.stream(values()).map(d -> d.family).toList();
    }

    public static Optional<Direction> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
