package org.rapport.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FeedCursorTest {
    private static final FieldError BAD_CURSOR = FieldError.of("cursor", "rapport.recognition.error.cursor");

    @Test
    void encode_thenDecode_givesTheSameCursor() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2025-03-12T10:15:30.123Z"), 4711);

        assertThat(FeedCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void cursorsAtTheSameMillisecond_differByIdOnly() {
        Instant at = Instant.parse("2025-03-12T10:15:30.123Z");
        FeedCursor first = new FeedCursor(at, 1);
        FeedCursor second = new FeedCursor(at, 2);

        assertThat(first.encode()).isNotEqualTo(second.encode());
        assertThat(FeedCursor.decode(second.encode())).isEqualTo(second);
    }

    @Test
    void roundTrip_atTheEdges() {
        for (FeedCursor cursor : new FeedCursor[]{
                new FeedCursor(Instant.EPOCH, 1),
                new FeedCursor(Instant.parse("1999-12-31T23:59:59.999Z"), Integer.MAX_VALUE),
                new FeedCursor(Instant.parse("9999-12-31T23:59:59.999Z"), Integer.MAX_VALUE)}) {
            assertThat(FeedCursor.decode(cursor.encode())).isEqualTo(cursor);
        }
    }

    /** Times no supported database can store, and ids no row can have, are refused before any SQL. */
    @Test
    void decode_outOfRangeTimeOrId_isRefused() {
        for (FeedCursor cursor : new FeedCursor[]{
                new FeedCursor(Instant.ofEpochMilli(-1), 1),
                new FeedCursor(Instant.parse("+10000-01-01T00:00:00Z"), 1),
                new FeedCursor(Instant.EPOCH, 0),
                new FeedCursor(Instant.EPOCH, Integer.MAX_VALUE + 1L)}) {
            assertThatThrownBy(() -> FeedCursor.decode(cursor.encode())).as(cursor.toString())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(BAD_CURSOR));
        }
    }

    @Test
    void token_isUrlSafe() {
        // Many cursors, so that the base64 alphabet's '+' and '/' would show up if used.
        for (long id = 1; id < 2000; id += 7) {
            String token = new FeedCursor(Instant.ofEpochMilli(1_741_774_530_123L + id * 997), id).encode();
            assertThat(token).matches("[A-Za-z0-9_-]+");
        }
    }

    @Test
    void decode_surroundingSpace_isIgnored() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2025-03-12T10:15:30Z"), 12);

        assertThat(FeedCursor.decode("  " + cursor.encode() + "\n")).isEqualTo(cursor);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void decode_blank_meansFirstPage(String token) {
        assertThat(FeedCursor.decode(token)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "not a cursor", "%3D%3D", "a", "\u00E9t\u00E9", "====", "MTIz:NDU="})
    void decode_garbage_isAFieldErrorOnCursor(String token) {
        assertThat(errorsOf(token)).containsExactly(BAD_CURSOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", ":", "abc:1", "1:abc", "1:", ":1", "1:2:3", "1.5:2", "99999999999999999999:1", "1:99999999999999999999",
            "\u00FF\u00FE:1"})
    void decode_wellEncodedButMalformedContent_isAFieldErrorOnCursor(String content) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(content.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(errorsOf(token)).containsExactly(BAD_CURSOR);
    }

    @Test
    void feedQuery_withGarbageCursor_isAFieldErrorOnCursor() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> FeedQuery.parse(null, null, null, null, "garbage!", null));

        assertThat(invalid.errors()).containsExactly(BAD_CURSOR);
    }

    @Test
    void feedQuery_carriesTheDecodedCursor() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2025-03-12T10:15:30Z"), 12);

        assertThat(FeedQuery.parse("bob-key", null, "3", "true", cursor.encode(), "5"))
                .isEqualTo(new FeedQuery("bob-key", null, 3L, true, cursor, 5));
    }

    private static java.util.List<FieldError> errorsOf(String token) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> FeedCursor.decode(token));
        assertThat(invalid).as("refused: %s", token).isNotNull();
        return invalid.errors();
    }
}
