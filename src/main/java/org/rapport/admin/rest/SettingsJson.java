package org.rapport.admin.rest;

import org.rapport.admin.LeaderboardVisibility;
import org.rapport.admin.RapportSettings;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

/** The recognition rules as the REST API shows and takes them. */
public record SettingsJson(Integer weeklyAllowance, Boolean categoryRequired, String leaderboardVisibility) {
    static SettingsJson of(RapportSettings s) {
        return new SettingsJson(s.weeklyAllowance(), s.categoryRequired(), s.leaderboardVisibility().name());
    }

    /** A missing field keeps its current value. */
    RapportSettings merge(RapportSettings current) {
        LeaderboardVisibility visibility = leaderboardVisibility == null ? current.leaderboardVisibility()
                : LeaderboardVisibility.parse(leaderboardVisibility).orElseThrow(() -> new InvalidInputException(
                        FieldError.of("leaderboardVisibility", "rapport.settings.error.leaderboard.visibility")));
        return new RapportSettings(
                weeklyAllowance == null ? current.weeklyAllowance() : weeklyAllowance,
                categoryRequired == null ? current.categoryRequired() : categoryRequired,
                visibility);
    }
}
