package org.rapport.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rapport.recognition.RecognitionDraftBuilder.aRecognition;

class RecognitionDraftTest {
    @Test
    void parse_validInput_givesTrimmedDraft() {
        RecognitionDraft draft = RecognitionDraft.parse(List.of(" bob-key ", "carol-key"), 7L,
                "  Thanks!\r\n\tYou saved the demo.\n ", " private ", " RAP-12 ");

        assertThat(draft).isEqualTo(new RecognitionDraft(List.of("bob-key", "carol-key"), 7L,
                "Thanks!\r\n\tYou saved the demo.", Visibility.PRIVATE, new RecognitionLink(RecognitionLink.Kind.ISSUE, "RAP-12")));
    }

    @Test
    void parse_withoutVisibilityOrLink_isPublicWithoutLink() {
        RecognitionDraft missing = RecognitionDraft.parse(List.of("bob-key"), null, "Thanks", null, null);
        RecognitionDraft blank = RecognitionDraft.parse(List.of("bob-key"), null, "Thanks", "  ", " ");

        assertThat(missing.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(missing.link()).isNull();
        assertThat(blank).isEqualTo(missing);
    }

    @Test
    void parse_visibilityIgnoresCase() {
        assertThat(RecognitionDraft.parse(List.of("bob-key"), null, "Thanks", "Public", null).visibility())
                .isEqualTo(Visibility.PUBLIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"secret", "PUBLICLY", "0"})
    void parse_unknownVisibility_isRefused(String visibility) {
        assertThat(errorsOf(() -> RecognitionDraft.parse(List.of("bob-key"), null, "Thanks", visibility, null)))
                .containsExactly(FieldError.of("visibility", "rapport.recognition.error.visibility"));
    }

    @Test
    void parse_reportsEveryBrokenFieldAtOnce() {
        List<FieldError> errors = errorsOf(() -> RecognitionDraft.parse(List.of(), -1L, " ", "secret", "javascript:alert(1)"));

        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("recipients", "message", "categoryId", "visibility", "link");
    }

    // --- recipients

    @ParameterizedTest
    @NullAndEmptySource
    void recipients_areRequired(List<String> recipients) {
        assertThat(errorsOf(() -> aRecognition().to(recipients).build()))
                .containsExactly(FieldError.of("recipients", "rapport.recognition.error.recipients.none"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void recipients_blankKey_isRefused(String key) {
        assertThat(errorsOf(() -> aRecognition().to("bob-key", key).build()))
                .containsExactly(FieldError.of("recipients", "rapport.recognition.error.recipients.unknown"));
    }

    @Test
    void recipients_nullKey_isRefused() {
        assertThat(errorsOf(() -> aRecognition().to(Arrays.asList("bob-key", null)).build()))
                .containsExactly(FieldError.of("recipients", "rapport.recognition.error.recipients.unknown"));
    }

    @Test
    void recipients_keyLongerThanTheColumn_isRefused() {
        assertThat(aRecognition().to("k".repeat(255)).build().recipientKeys()).containsExactly("k".repeat(255));
        assertThat(errorsOf(() -> aRecognition().to("k".repeat(256)).build()))
                .containsExactly(FieldError.of("recipients", "rapport.recognition.error.recipients.unknown"));
    }

    @Test
    void recipients_tenDistinct_areAccepted() {
        List<String> ten = keys(10);

        assertThat(aRecognition().to(ten).build().recipientKeys()).isEqualTo(ten);
    }

    @Test
    void recipients_elevenDistinct_areTooMany() {
        assertThat(errorsOf(() -> aRecognition().to(keys(11)).build()))
                .containsExactly(FieldError.of("recipients", "rapport.recognition.error.recipients.many", 10));
    }

    @Test
    void recipients_repeatedKeys_countOnceAndKeepFirstOrder() {
        RecognitionDraft draft = aRecognition().to("carol-key", "bob-key", " carol-key", "bob-key ").build();

        assertThat(draft.recipientKeys()).containsExactly("carol-key", "bob-key");
    }

    @Test
    void recipients_elevenKeysOfWhichTenDistinct_areAccepted() {
        List<String> eleven = new java.util.ArrayList<>(keys(10));
        eleven.add("person-1");

        assertThat(aRecognition().to(eleven).build().recipientKeys()).hasSize(10);
    }

    // --- message

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t\r\n"})
    void message_isRequired(String message) {
        assertThat(errorsOf(() -> aRecognition().message(message).build()))
                .containsExactly(FieldError.of("message", "rapport.error.required"));
    }

    @Test
    void message_ofTwoThousandCharacters_isAccepted() {
        String longest = "m".repeat(RecognitionDraft.MESSAGE_MAX);

        assertThat(aRecognition().message(longest).build().message()).isEqualTo(longest);
    }

    @Test
    void message_ofTwoThousandAndOneCharacters_isTooLong() {
        assertThat(errorsOf(() -> aRecognition().message("m".repeat(2001)).build()))
                .containsExactly(FieldError.of("message", "rapport.error.too.long", 2000));
    }

    @Test
    void message_lengthCountsCharactersNotUtf16Units() {
        String rockets = "\uD83D\uDE80".repeat(2000);

        assertThat(aRecognition().message(rockets).build().message()).isEqualTo(rockets);
        assertThat(errorsOf(() -> aRecognition().message(rockets + "\uD83D\uDE80").build()))
                .containsExactly(FieldError.of("message", "rapport.error.too.long", 2000));
    }

    @Test
    void message_keepsLineBreaksAndTabsInside_andIsTrimmed() {
        assertThat(aRecognition().message("\n  First line.\r\nSecond\tline.\n\n").build().message())
                .isEqualTo("First line.\r\nSecond\tline.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bell \u0007 rings", "Null \u0000 byte", "Escape \u001B[31m", "Delete \u007F", "Lone \uD83D surrogate"})
    void message_withControlCharacters_isRefused(String message) {
        assertThat(errorsOf(() -> aRecognition().message(message).build()))
                .containsExactly(FieldError.of("message", "rapport.error.control.characters"));
    }

    // --- visibility, category

    @Test
    void visibility_isRequiredInTheRecord() {
        assertThat(errorsOf(() -> aRecognition().visibility(null).build()))
                .containsExactly(FieldError.of("visibility", "rapport.recognition.error.visibility"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void categoryId_mustBePositive(long categoryId) {
        assertThat(errorsOf(() -> aRecognition().category(categoryId).build()))
                .containsExactly(FieldError.of("categoryId", "rapport.recognition.error.category"));
    }

    @Test
    void categoryId_isOptionalInTheDraft() {
        assertThat(aRecognition().withoutCategory().build().categoryId()).isNull();
    }

    // --- the edit command shares the message and category rules

    @Test
    void edit_trimsMessageAndKeepsCategory() {
        assertThat(new RecognitionEdit("  Better words.\n", 3L)).isEqualTo(new RecognitionEdit("Better words.", 3L));
    }

    @Test
    void edit_reportsMessageAndCategoryErrors() {
        assertThat(errorsOf(() -> new RecognitionEdit(" ", 0L))).containsExactly(
                FieldError.of("message", "rapport.error.required"),
                FieldError.of("categoryId", "rapport.recognition.error.category"));
        assertThat(errorsOf(() -> new RecognitionEdit("m".repeat(2001), null)))
                .containsExactly(FieldError.of("message", "rapport.error.too.long", 2000));
    }

    private static List<String> keys(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "person-" + i).toList();
    }

    private static List<FieldError> errorsOf(Runnable action) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, action::run);
        assertThat(invalid).as("InvalidInputException").isNotNull();
        return invalid.errors();
    }
}
