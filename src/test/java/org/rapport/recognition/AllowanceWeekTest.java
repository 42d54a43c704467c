package org.rapport.recognition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AllowanceWeekTest {
    @Test
    void sundayLastSecond_andMondayMidnightUtc_areDifferentWeeks() {
        AllowanceWeek sunday = AllowanceWeek.of(Instant.parse("2025-03-16T23:59:59Z"));
        AllowanceWeek monday = AllowanceWeek.of(Instant.parse("2025-03-17T00:00:00Z"));

        assertThat(sunday).isEqualTo(new AllowanceWeek(2025, 11));
        assertThat(monday).isEqualTo(new AllowanceWeek(2025, 12));
        assertThat(AllowanceWeek.of(Instant.parse("2025-03-16T23:59:59.999Z"))).isEqualTo(sunday);
    }

    @Test
    void weekIsReckonedInUtc_notInTheViewersZone() {
        // 23:30 UTC on Sunday is already Monday in Berlin and Sydney; the allowance does not care.
        assertThat(AllowanceWeek.of(Instant.parse("2025-03-16T23:30:00Z"))).isEqualTo(new AllowanceWeek(2025, 11));
        // 01:00 UTC on Monday is still Sunday in New York.
        assertThat(AllowanceWeek.of(Instant.parse("2025-03-17T01:00:00Z"))).isEqualTo(new AllowanceWeek(2025, 12));
    }

    @ParameterizedTest
    @CsvSource({
            "2020-12-31T12:00:00Z, 2020, 53",
            "2021-01-03T23:59:59Z, 2020, 53",
            "2021-01-04T00:00:00Z, 2021, 1",
            "2024-12-29T23:59:59Z, 2024, 52",
            "2024-12-30T00:00:00Z, 2025, 1",
            "2026-12-28T00:00:00Z, 2026, 53",
            "2027-01-01T00:00:00Z, 2026, 53",
            "2027-01-04T00:00:00Z, 2027, 1",
            "2025-01-01T00:00:00Z, 2025, 1"})
    void isoWeekAcrossTheYearBoundary(Instant instant, int weekBasedYear, int week) {
        assertThat(AllowanceWeek.of(instant)).isEqualTo(new AllowanceWeek(weekBasedYear, week));
    }

    @Test
    void key_isYearAndTwoDigitWeek() {
        assertThat(new AllowanceWeek(2025, 1).key()).isEqualTo("2025-W01");
        assertThat(new AllowanceWeek(2020, 53).key()).isEqualTo("2020-W53");
        assertThat(AllowanceWeek.of(Instant.parse("2027-01-01T00:00:00Z")).key()).isEqualTo("2026-W53");
    }

    @ParameterizedTest
    @CsvSource({
            "2025-03-12T10:00:00Z,     2025-03-17T00:00:00Z",
            "2025-03-16T23:59:59.999Z, 2025-03-17T00:00:00Z",
            "2025-03-17T00:00:00Z,     2025-03-24T00:00:00Z",
            "2025-03-17T00:00:00.001Z, 2025-03-24T00:00:00Z",
            "2020-12-31T12:00:00Z,     2021-01-04T00:00:00Z",
            "2024-12-29T08:00:00Z,     2024-12-30T00:00:00Z"})
    void resetAfter_isTheNextMondayMidnightUtc(Instant instant, Instant reset) {
        assertThat(AllowanceWeek.resetAfter(instant)).isEqualTo(reset);
    }

    @Test
    void resetAfter_startsTheNextWeek_andTheMomentBeforeIsStillThisWeek() {
        Instant start = Instant.parse("2024-12-01T00:00:00Z");
        for (Instant t = start; t.isBefore(start.plus(Duration.ofDays(800))); t = t.plus(Duration.ofMinutes(97))) {
            Instant reset = AllowanceWeek.resetAfter(t);
            AllowanceWeek week = AllowanceWeek.of(t);

            assertThat(reset).isAfter(t);
            assertThat(Duration.between(t, reset)).isLessThanOrEqualTo(Duration.ofDays(7));
            assertThat(AllowanceWeek.of(reset)).as("week after %s", t).isNotEqualTo(week);
            assertThat(AllowanceWeek.of(reset.minusMillis(1))).as("last moment of the week of %s", t).isEqualTo(week);
        }
    }
}
