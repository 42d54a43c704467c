package org.rapport.mentoring.programme;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs a coordinator commits (normally a preview's pairs): 1..{@value #PAIRS_MAX} of them,
 * each with both user keys.
 */
public record MatchChoice(List<Pair> pairs) {
    public static final int PAIRS_MAX = 500;
    public static final int KEY_MAX = 255;

    /** One mentee and the mentor proposed for them. */
    public record Pair(String menteeKey, String mentorKey) {
    }

    public MatchChoice {
        List<FieldError> errors = new ArrayList<>();
        if (pairs == null || pairs.isEmpty()) {
            errors.add(FieldError.of("pairs", "rapport.error.required"));
        } else if (pairs.size() > PAIRS_MAX) {
            errors.add(FieldError.of("pairs", "rapport.mentoring.programme.error.pairs", PAIRS_MAX));
        } else {
            for (Pair pair : pairs) {
                if (pair == null || blankOrLong(pair.menteeKey()) || blankOrLong(pair.mentorKey())
                        || pair.menteeKey().equals(pair.mentorKey())) {
                    errors.add(FieldError.of("pairs", "rapport.mentoring.programme.error.pair"));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        pairs = List.copyOf(pairs);
    }

    private static boolean blankOrLong(String key) {
        return key == null || key.isBlank() || key.length() > KEY_MAX;
    }
}
