package org.rapport.skills;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tag normalisation: trim, lower case, spaces to one hyphen, at most 40 allowed characters. */
class SkillTagTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kubernetes|kubernetes",
            "'  Spring   Boot  '|spring-boot",
            "code_review|code-review",
            "C#|c#",
            "C++|c++",
            "node.js|node.js",
            "Ärger Management|ärger-management"})
    void parse_normalises(String raw, String expected) {
        assertThat(SkillTag.parse("skills", raw)).isEqualTo(new SkillTag(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "a/b", "-leading", "semi;colon", "quote\"", "emoji😀"})
    void parse_refusesOtherCharacters(String raw) {
        assertThatThrownBy(() -> SkillTag.parse("skills", raw)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("skills", "rapport.skills.error.characters")));
    }

    @Test
    void parse_allowsFortyCharacters_notFortyOne() {
        assertThat(SkillTag.parse("skills", "a".repeat(40)).name()).hasSize(40);
        assertThatThrownBy(() -> SkillTag.parse("skills", "a".repeat(41))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("skills", "rapport.skills.error.long", 40)));
    }

    @Test
    void parse_refusesBlank() {
        assertThatThrownBy(() -> SkillTag.parse("skills", "   ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SkillTag.parse("skills", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void parseAll_dropsDuplicatesAfterNormalising_andAllowsAtMostTheMaximum() {
        assertThat(SkillTag.parseAll("skills", List.of("Git", "git ", "GIT", "sql"), 5))
                .containsExactly(new SkillTag("git"), new SkillTag("sql"));
        assertThat(SkillTag.parseAll("skills", null, 5)).isEmpty();
        assertThatThrownBy(() -> SkillTag.parseAll("skills", List.of("a", "b", "c", "d", "e", "f"), 5))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsExactly(FieldError.of("skills", "rapport.skills.error.many", 5)));
    }
}
