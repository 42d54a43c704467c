package org.rapport.recognition;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which side of recognitions a counter counts. */
public enum Direction {
    RECEIVED("R"), GIVEN("G");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    /** The board for this direction, period and category (0 = all categories). */
    public String board(String periodKey, long categoryId) {
        return code + "|" + periodKey + "|" + categoryId;
    }

    /** The name prefixes of every recognition board, such as {@code R|} (for erasing a person's counters). */
    public static List<String> boardPrefixes() {
        return Arrays.stream(values()).map(d -> d.code + "|").toList();
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
