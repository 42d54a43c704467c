package org.rapport.recognition;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a newest-first page ended: the creation time and id of its last item. The next page
 * starts strictly after it, so recognitions given meanwhile never shift or repeat items.
 */
public record FeedCursor(Instant createdAt, long id) {
    private static final long LATEST_MILLIS = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

    /** The opaque token clients send back. */
    public String encode() {
        String raw = createdAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    public static FeedCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
            int colon = raw.indexOf(':');
            long millis = Long.parseLong(raw.substring(0, colon));
            long id = Long.parseLong(raw.substring(colon + 1));
            // Only times every supported database can store (1970-9999) and ids that exist.
            if (millis < 0 || millis > LATEST_MILLIS || id < 1 || id > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("cursor out of range");
            }
            return new FeedCursor(Instant.ofEpochMilli(millis), id);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidInputException(FieldError.of("cursor", "rapport.recognition.error.cursor"));
        }
    }
}
