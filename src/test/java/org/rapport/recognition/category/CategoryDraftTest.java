package org.rapport.recognition.category;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rapport.recognition.category.CategoryDraftBuilder.aCategory;

class CategoryDraftTest {
    private static final String DESCRIPTION = "Made the team stronger.";

    @Test
    void parse_validInput_givesTrimmedDraft() {
        CategoryDraft draft = CategoryDraft.parse("  Teamwork \t", "  Shared the load.\n", "people", "teal", "MILESTONE");

        assertThat(draft).isEqualTo(new CategoryDraft("Teamwork", "Shared the load.", CategoryIcon.PEOPLE,
                CategoryColour.TEAL, CategoryKind.MILESTONE));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void name_isRequired(String name) {
        assertThat(errorsOf(() -> aCategory().name(name).build()))
                .containsExactly(FieldError.of("name", "rapport.error.required"));
    }

    @Test
    void name_ofSixtyCharacters_isAccepted() {
        String sixty = "n".repeat(CategoryDraft.NAME_MAX);

        assertThat(aCategory().name(sixty).build().name()).isEqualTo(sixty);
    }

    @Test
    void name_ofSixtyOneCharacters_isTooLong() {
        assertThat(errorsOf(() -> aCategory().name("n".repeat(61)).build()))
                .containsExactly(FieldError.of("name", "rapport.error.too.long", 60));
    }

    @Test
    void name_isTrimmedBeforeItsLengthIsChecked() {
        String sixty = "n".repeat(60);

        assertThat(aCategory().name("   " + sixty + "  ").build().name()).isEqualTo(sixty);
    }

    @Test
    void name_lengthCountsCharactersNotUtf16Units() {
        // Each rocket is one character but two Java chars.
        String sixtyRockets = "\uD83D\uDE80".repeat(60);

        assertThat(aCategory().name(sixtyRockets).build().name()).isEqualTo(sixtyRockets);
        assertThat(errorsOf(() -> aCategory().name(sixtyRockets + "\uD83D\uDE80").build()))
                .containsExactly(FieldError.of("name", "rapport.error.too.long", 60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Team\nwork", "Team\twork", "Team\u0000work", "Team\u007Fwork", "Team\u0085work",
            "Lone\uD800surrogate", "Trailing\uDE80"})
    void name_withControlCharacters_isRefused(String name) {
        assertThat(errorsOf(() -> aCategory().name(name).build()))
                .containsExactly(FieldError.of("name", "rapport.error.control.characters"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void description_isOptional(String description) {
        assertThat(aCategory().description(description).build().description()).isEmpty();
    }

    @Test
    void description_ofFiveHundredCharacters_isAccepted() {
        String fiveHundred = "d".repeat(CategoryDraft.DESCRIPTION_MAX);

        assertThat(aCategory().description(fiveHundred).build().description()).isEqualTo(fiveHundred);
    }

    @Test
    void description_ofFiveHundredOneCharacters_isTooLong() {
        assertThat(errorsOf(() -> aCategory().description("d".repeat(501)).build()))
                .containsExactly(FieldError.of("description", "rapport.error.too.long", 500));
    }

    @Test
    void description_keepsLineBreaksAndTabs() {
        String paragraphs = "First line.\nSecond line.\r\n\tIndented.";

        assertThat(aCategory().description(paragraphs).build().description()).isEqualTo(paragraphs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bell\u0007", "Null\u0000byte", "Escape\u001B[31m", "Lone\uDBFFsurrogate"})
    void description_withOtherControlCharacters_isRefused(String description) {
        assertThat(errorsOf(() -> aCategory().description(description).build()))
                .containsExactly(FieldError.of("description", "rapport.error.control.characters"));
    }

    @Test
    void parse_unknownIcon_namesIcon() {
        assertThat(errorsOf(() -> CategoryDraft.parse("Teamwork", DESCRIPTION, "unicorn", "blue", "VALUE")))
                .containsExactly(FieldError.of("icon", "rapport.category.error.icon"));
    }

    @Test
    void parse_unknownColour_namesColour() {
        assertThat(errorsOf(() -> CategoryDraft.parse("Teamwork", DESCRIPTION, "star", "#ff0000", "VALUE")))
                .containsExactly(FieldError.of("colour", "rapport.category.error.colour"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "HOLIDAY", "value"})
    void parse_unknownKind_namesKind(String kind) {
        assertThat(errorsOf(() -> CategoryDraft.parse("Teamwork", DESCRIPTION, "star", "blue", kind)))
                .containsExactly(FieldError.of("kind", "rapport.category.error.kind"));
    }

    @Test
    void parse_idsAreTheLowerCaseOnesClientsReceive() {
        assertThat(errorsOf(() -> CategoryDraft.parse("Teamwork", DESCRIPTION, "STAR", "BLUE", "VALUE")))
                .extracting(FieldError::field)
                .containsExactly("icon", "colour");
    }

    @Test
    void parse_reportsEveryBrokenRuleAtOnce() {
        List<FieldError> errors = errorsOf(() -> CategoryDraft.parse(" ", "d".repeat(501), "unicorn", null, "other"));

        assertThat(errors).containsExactly(
                FieldError.of("name", "rapport.error.required"),
                FieldError.of("description", "rapport.error.too.long", 500),
                FieldError.of("icon", "rapport.category.error.icon"),
                FieldError.of("colour", "rapport.category.error.colour"),
                FieldError.of("kind", "rapport.category.error.kind"));
    }

    @Test
    void constructor_missingChoices_reportedTogetherWithTextErrors() {
        List<FieldError> errors = errorsOf(() -> new CategoryDraft("Team\u0000work", null, null, null, null));

        assertThat(errors).extracting(FieldError::field).containsExactly("name", "icon", "colour", "kind");
    }

    @Test
    void normalizedName_ignoresCaseAndSurroundingSpace() {
        assertThat(aCategory().name("  Customer FOCUS ").build().normalizedName()).isEqualTo("customer focus");
    }

    private static List<FieldError> errorsOf(Runnable creation) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, creation::run);
        assertThat(refused).as("refused as invalid input").isNotNull();
        return refused.errors();
    }
}
