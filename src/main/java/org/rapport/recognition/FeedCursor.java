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
            return new FeedCursor(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon))),
                    Long.parseLong(raw.substring(colon + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidInputException(FieldError.of("cursor", "rapport.recognition.error.cursor"));
        }
    }
}
