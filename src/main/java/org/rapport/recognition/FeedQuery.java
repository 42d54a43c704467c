package org.rapport.recognition;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Which recognitions to list: everyone's public ones, or those received or given by one person;
 * or those linked to one issue or address ({@code link}); optionally one category or milestones
 * only; a page of 1-50 (default 20) after a cursor.
 */
public record FeedQuery(String receivedBy, String givenBy, Long categoryId, boolean milestonesOnly, FeedCursor cursor, int limit,
                        RecognitionLink link) {
    public static final int LIMIT_MAX = 50;
    public static final int LIMIT_DEFAULT = 20;

    public FeedQuery {
        List<FieldError> errors = new ArrayList<>();
        receivedBy = blankToNull(receivedBy);
        givenBy = blankToNull(givenBy);
        if (receivedBy != null && givenBy != null) {
            errors.add(FieldError.of("givenBy", "rapport.recognition.error.feed.both"));
        }
        if (link != null && (receivedBy != null || givenBy != null)) {
            errors.add(FieldError.of("link", "rapport.recognition.error.feed.link"));
        }
        if (limit < 1 || limit > LIMIT_MAX) {
            errors.add(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
        }
        if (categoryId != null && (categoryId <= 0 || categoryId > Integer.MAX_VALUE)) {
            errors.add(FieldError.of("categoryId", "rapport.recognition.error.category"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A query without a link filter. */
    public FeedQuery(String receivedBy, String givenBy, Long categoryId, boolean milestonesOnly, FeedCursor cursor, int limit) {
        this(receivedBy, givenBy, categoryId, milestonesOnly, cursor, limit, null);
    }

    /** From request parameters; numbers that do not parse are field errors. */
    public static FeedQuery parse(String receivedBy, String givenBy, String categoryId, String milestones, String cursor, String limit) {
        return parse(receivedBy, givenBy, categoryId, milestones, cursor, limit, null);
    }

    /** From request parameters, with a link filter (an issue key or http(s) address, checked as when giving). */
    public static FeedQuery parse(String receivedBy, String givenBy, String categoryId, String milestones, String cursor, String limit,
                                  String link) {
        return new FeedQuery(receivedBy, givenBy, number("categoryId", categoryId), "true".equalsIgnoreCase(milestones),
                FeedCursor.decode(cursor), limit == null || limit.isBlank() ? LIMIT_DEFAULT : limitOf(number("limit", limit)),
                RecognitionLink.parse(link));
    }

    /** A limit beyond int is out of range, not silently wrapped. */
    private static int limitOf(long limit) {
        return limit < 1 || limit > LIMIT_MAX ? -1 : (int) limit;
    }

    private static Long number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldError.of(field, "rapport.error.wrong.type"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
