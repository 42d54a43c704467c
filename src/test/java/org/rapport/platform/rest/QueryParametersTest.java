package org.rapport.platform.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QueryParametersTest {
    @Test
    void wholeNumber_readsDigitsWithSpacesAround() {
        assertThat(QueryParameters.wholeNumber("before", " 42 ")).isEqualTo(42L);
        assertThat(QueryParameters.wholeNumber("before", "0")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "4.2", "ten", "0x10", "99999999999999999999"})
    void wholeNumber_refusesAnythingElse_namingTheParameter(String raw) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> QueryParameters.wholeNumber("before", raw));

        assertThat(e.errors()).containsExactly(FieldError.of("before", "rapport.error.wrong.type"));
    }

    @Test
    void wholeNumber_refusesAboveItsMaximum() {
        assertThat(QueryParameters.wholeNumber("limit", "2147483647", Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> QueryParameters.wholeNumber("limit", "2147483648", Integer.MAX_VALUE)).errors())
                .containsExactly(FieldError.of("limit", "rapport.error.wrong.type"));
    }

    @Test
    void size_fallsBackWhenAbsent_readsNumbers_andNamesTheRangeOtherwise() {
        assertThat(QueryParameters.size("limit", null, 20, 100)).isEqualTo(20);
        assertThat(QueryParameters.size("limit", "  ", 20, 100)).isEqualTo(20);
        assertThat(QueryParameters.size("limit", "500", 20, 100)).as("the service checks the range").isEqualTo(500);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> QueryParameters.size("limit", "many", 20, 100)).errors())
                .containsExactly(FieldError.of("limit", "rapport.error.range", 1, 100));
    }

    @Test
    void flag_readsTrueAndFalseInAnyCase_andNothingElse() {
        assertThat(QueryParameters.flag("dryRun", " TRUE ")).isTrue();
        assertThat(QueryParameters.flag("dryRun", "false")).isFalse();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> QueryParameters.flag("dryRun", "yes")).errors())
                .containsExactly(FieldError.of("dryRun", "rapport.error.wrong.type"));
    }
}
