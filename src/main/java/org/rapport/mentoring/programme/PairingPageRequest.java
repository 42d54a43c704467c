package org.rapport.mentoring.programme;

import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of pairings in id order: after the pairing whose id is the cursor (0 = from the start), at
 * most {@code limit} (1..{@value #LIMIT_MAX}, default {@value #LIMIT_DEFAULT}), optionally of one status.
 */
public record PairingPageRequest(MentorshipStatus status, long afterId, int limit) {
    public static final int LIMIT_DEFAULT = 25;
    public static final int LIMIT_MAX = 100;

    public PairingPageRequest {
        if (afterId < 0 || limit < 1 || limit > LIMIT_MAX) {
            throw new IllegalArgumentException("afterId >= 0 and limit 1.." + LIMIT_MAX);
        }
    }

    /** Parses the query parameters; 400 naming {@code status}, {@code cursor} or {@code limit}. */
    public static PairingPageRequest parse(String status, String cursor, String limit) {
        List<FieldError> errors = new ArrayList<>();
        MentorshipStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            parsedStatus = MentorshipStatus.parse(status).orElse(null);
            if (parsedStatus == null) {
                errors.add(FieldError.of("status", "rapport.mentoring.programme.error.status"));
            }
        }
        long after = 0;
        if (cursor != null && !cursor.isBlank()) {
            after = number(cursor, Long.MAX_VALUE);
            if (after < 1) {
                errors.add(FieldError.of("cursor", "rapport.mentoring.programme.error.cursor"));
            }
        }
        int size = LIMIT_DEFAULT;
        if (limit != null && !limit.isBlank()) {
            long parsed = number(limit, LIMIT_MAX);
            if (parsed < 1) {
                errors.add(FieldError.of("limit", "rapport.error.range", 1, LIMIT_MAX));
            } else {
                size = (int) parsed;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PairingPageRequest(parsedStatus, after, size);
    }

    /** The number, or -1 when the text is not a whole number between 1 and max. */
    private static long number(String text, long max) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 19 || !t.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        try {
            long n = Long.parseLong(t);
            return n > max ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
