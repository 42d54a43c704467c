package org.rapport.tally;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which boards exist: every counter's board name starts with one family's code and {@code |}. The
 * rooms that count build the rest of the name (period, category, person); this list is the one
 * place that says which counters the shared table holds, so two rooms cannot pick the same code
 * and a typo cannot create a board nobody reads.
 */
public enum BoardFamily {
    /** Public recognitions received, by period and category ({@code R|Q2026-4|0}). */
    RECOGNITION_RECEIVED("R"),
    /** Public recognitions given, by period and category. */
    RECOGNITION_GIVEN("G"),
    /** One recognition's reactions by kind ({@code X|<recognition id>}). */
    REACTIONS("X"),
    /** Confirmed help given, by period. */
    HELP_GIVEN("HG"),
    /** Confirmed help received, by period. */
    HELP_RECEIVED("HR"),
    /** Distinct colleagues helped or helped by (breadth). */
    HELP_BREADTH("HB"),
    /** Distinct departments reached by help. */
    HELP_DEPARTMENT_COUNT("HN"),
    /** One person's help per department. */
    HELP_DEPARTMENTS("HT"),
    /** One person's help per colleague. */
    HELP_COLLEAGUES("HC"),
    /** One person's confirmed help per skill. */
    HELP_SKILLS("HS"),
    /** Marks a pending help entry as decided (a confirmation and a decline cannot both win). */
    HELP_DECISION("HD");

    /** Longest code first, so that {@code HG|...} is never taken for a shorter code. */
    private static final List<BoardFamily> BY_CODE_LENGTH = Arrays.stream(values())
            .sorted(Comparator.comparingInt((BoardFamily f) -> f.code.length()).reversed()).toList();

    private final String code;

    BoardFamily(String code) {
        this.code = code;
    }

    /** The start of every board name of this family, such as {@code R|}. */
    public String prefix() {
        return code + "|";
    }

    /** The family a board name belongs to; empty for a name no room may use. */
    public static Optional<BoardFamily> of(String board) {
        if (board == null) {
            return Optional.empty();
        }
        return BY_CODE_LENGTH.stream().filter(f -> board.startsWith(f.prefix())).findFirst();
    }

    /** Refuses a board name outside every family: a programming error, never user input. */
    static void check(String boardOrPrefix) {
        if (of(boardOrPrefix).isEmpty()) {
            throw new IllegalArgumentException("No board family for " + boardOrPrefix + "; add it to BoardFamily");
        }
    }
}
