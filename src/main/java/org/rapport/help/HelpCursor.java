package org.rapport.help;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where a ledger page ended: the day and id of its last entry. The next page starts strictly
 * after it (earlier day, or the same day and a smaller id), so new entries never shift a page.
 */
public record HelpCursor(LocalDate helpedOn, long id) {
    public String encode() {
        String raw = helpedOn + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    public static HelpCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
            int colon = raw.indexOf(':');
            LocalDate day = LocalDate.parse(raw.substring(0, colon));
            long id = Long.parseLong(raw.substring(colon + 1));
            if (id < 1 || id > Integer.MAX_VALUE || day.getYear() < 1970 || day.getYear() > 9999) {
                throw new IllegalArgumentException("cursor out of range");
            }
            return new HelpCursor(day, id);
        } catch (RuntimeException e) {
            throw new InvalidInputException(FieldError.of("cursor", "rapport.help.error.cursor"));
        }
    }
}
