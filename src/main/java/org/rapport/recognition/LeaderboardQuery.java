package org.rapport.recognition;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** A leaderboard request: received or given, a period, optionally one category, the top 1-50 (default 10). */
public record LeaderboardQuery(Direction direction, LeaderboardPeriod period, long categoryId, int limit) {
    public static final int LIMIT_MAX = 50;
    public static final int LIMIT_DEFAULT = 10;

    public static LeaderboardQuery parse(String direction, String period, String categoryId, String limit) {
        List<FieldError> errors = new ArrayList<>();
        Direction d = direction == null || direction.isBlank() ? Direction.RECEIVED : Direction.parse(direction).orElse(null);
        if (d == null) {
            errors.add(FieldError.of("direction", "rapport.leaderboard.error.direction"));
        }
        LeaderboardPeriod p = period == null || period.isBlank() ? LeaderboardPeriod.MONTH : LeaderboardPeriod.parse(period).orElse(null);
        if (p == null) {
            errors.add(FieldError.of("period", "rapport.leaderboard.error.period"));
        }
        long category = number(categoryId, 0, "categoryId", errors);
        if (category < 0) {
            errors.add(FieldError.of("categoryId", "rapport.recognition.error.category"));
        }
        long n = number(limit, LIMIT_DEFAULT, "limit", errors);
        if (n < 1 || n > LIMIT_MAX) {
            errors.add(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LeaderboardQuery(d, p, category, (int) n);
    }

    private static long number(String text, long fallback, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "rapport.error.wrong.type"));
            return fallback;
        }
    }
}
