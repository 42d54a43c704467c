package org.rapport.help;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.WorkLink;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.help.HelpFixture.help;

/** Every field of logged help, validated before anything touches the database. */
class HelpDraftTest {
    @Test
    void aValidDraft_keepsItsValuesCleaned() {
        HelpDraft draft = help().summary("  Fixed my build  ").details("Line 1\nLine 2").skills("Java").link(" RAP-12 ")
                .minutes(30).date("2026-11-01").build();

        assertThat(draft.summary()).isEqualTo("Fixed my build");
        assertThat(draft.details()).isEqualTo("Line 1\nLine 2");
        assertThat(draft.link()).isEqualTo(new WorkLink(WorkLink.Kind.ISSUE, "RAP-12"));
        assertThat(draft.minutes()).isEqualTo(30);
        assertThat(draft.helpedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void summary_isRequired_oneToTwoHundredCharacters_oneLine() {
        assertThat(errors(d -> d.summary(""))).containsExactly(FieldError.of("summary", "rapport.error.required"));
        assertThat(help().summary("x".repeat(200)).build().summary()).hasSize(200);
        assertThat(errors(d -> d.summary("x".repeat(201)))).containsExactly(FieldError.of("summary", "rapport.error.too.long", 200));
        assertThat(errors(d -> d.summary("two\nlines"))).containsExactly(FieldError.of("summary", "rapport.error.control.characters"));
    }

    @Test
    void details_areOptional_atMostTwoThousandCharacters() {
        assertThat(help().details(null).build().details()).isEmpty();
        assertThat(help().details("y".repeat(2000)).build().details()).hasSize(2000);
        assertThat(errors(d -> d.details("y".repeat(2001)))).containsExactly(FieldError.of("details", "rapport.error.too.long", 2000));
    }

    @Test
    void kind_isRequired() {
        assertThat(errors(d -> d.kind(" "))).containsExactly(FieldError.of("kind", "rapport.error.required"));
        assertThat(errors(d -> d.kind("k".repeat(61)))).containsExactly(FieldError.of("kind", "rapport.help.error.kind"));
    }

    @Test
    void skills_areZeroToFiveValidTags() {
        assertThat(help().build().skills()).isEmpty();
        assertThat(errors(d -> d.skills("a", "b", "c", "d", "e", "f"))).containsExactly(FieldError.of("skills", "rapport.skills.error.many", 5));
        assertThat(errors(d -> d.skills("<b>"))).containsExactly(FieldError.of("skills", "rapport.skills.error.characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>", "ftp://example.com",
            "//example.com", "not a link", "https://user:pw@example.com/"})
    void link_refusesAnythingButIssueKeysAndHttpAddresses(String link) {
        assertThat(errors(d -> d.link(link))).containsExactly(FieldError.of("link", "rapport.error.link"));
    }

    @Test
    void link_acceptsIssueKeysAndHttpAddresses() {
        assertThat(help().link("https://wiki.example.com/display/X/Page").build().link().kind()).isEqualTo(WorkLink.Kind.URL);
        assertThat(help().link("").build().link()).isNull();
    }

    @Test
    void minutes_areOptional_oneTo1440() {
        assertThat(help().minutes(null).build().minutes()).isNull();
        assertThat(help().minutes(1440).build().minutes()).isEqualTo(1440);
        assertThat(errors(d -> d.minutes(0))).containsExactly(FieldError.of("minutes", "rapport.error.range", 1, 1440));
        assertThat(errors(d -> d.minutes(1441))).containsExactly(FieldError.of("minutes", "rapport.error.range", 1, 1440));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "20261101", "yesterday", "2026-11-1", "2026-02-30"})
    void date_mustBeAnIsoDate(String date) {
        assertThat(errors(d -> d.date(date))).containsExactly(FieldError.of("date", "rapport.help.error.date.format"));
    }

    @Test
    void date_defaultsToToday() {
        assertThat(help().date(null).build().helpedOn()).isEqualTo(HelpFixture.TODAY);
    }

    @Test
    void people_areRequired_andDifferent() {
        assertThat(errors(d -> d.to(HelpFixture.ALICE))).containsExactly(FieldError.of("helped", "rapport.help.error.self"));
        HelpFixture.Draft noHelper = help();
        noHelper.helper = null;
        assertThatThrownBy(noHelper::build).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("helper", "rapport.error.required")));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        assertThat(errors(d -> d.summary("").minutes(0).link("javascript:x").date("x")))
                .extracting(FieldError::field).containsExactlyInAnyOrder("summary", "minutes", "link", "date");
    }

    private static List<FieldError> errors(UnaryOperator<HelpFixture.Draft> change) {
        try {
            change.apply(help()).build();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        return Collections.emptyList();
    }
}
