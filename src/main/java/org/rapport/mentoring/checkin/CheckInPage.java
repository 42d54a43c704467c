package org.rapport.mentoring.checkin;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of a pairing's check-ins, newest day first, and the cursor of the next page (null at the end).
 * The cursor is the last item's {@code day~id}: check-ins logged meanwhile never shift a page.
 */
public record CheckInPage(List<CheckIn> items, String next) {
    public CheckInPage {
        items = List.copyOf(items);
    }

    /** Where a page continues: before this day, or on it with a smaller id. */
    public record Cursor(LocalDate heldOn, long id) {
        public String encode() {
            return heldOn + "~" + id;
        }

        /** Null for none; a field error for text that is not a cursor. */
        public static Cursor decode(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            int tilde = text.indexOf('~');
            try {
                if (tilde == 10) {
                    long id = Long.parseLong(text.substring(tilde + 1));
                    if (id > 0) {
                        return new Cursor(LocalDate.parse(text.substring(0, tilde)), id);
                    }
                }
            } catch (RuntimeException e) {
                // reported below
            }
            throw new InvalidInputException(FieldError.of("cursor", "rapport.error.wrong.type"));
        }
    }
}
