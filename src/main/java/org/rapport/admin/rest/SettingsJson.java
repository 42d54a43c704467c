package org.rapport.admin.rest;

import org.rapport.admin.LeaderboardVisibility;
import org.rapport.admin.RapportSettings;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** The recognition rules as the REST API shows and takes them. */
public record SettingsJson(Integer weeklyAllowance, Boolean categoryRequired, String leaderboardVisibility) {
    static SettingsJson of(RapportSettings s) {
        return new SettingsJson(s.weeklyAllowance(), s.categoryRequired(), s.leaderboardVisibility().name());
    }

    /**
     * A PUT replaces the rules, so every field is required: a missing body or field is a 400 naming
     * it, never a silent reset (as {@code PUT mentoring/settings}). All bad fields are named at once.
     */
    static RapportSettings settingsOf(SettingsJson body) {
        if (body == null) {
            throw new InvalidInputException(FieldError.of("body", "rapport.error.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (body.weeklyAllowance == null) {
            errors.add(FieldError.of("weeklyAllowance", "rapport.error.required"));
        } else if (body.weeklyAllowance < 0 || body.weeklyAllowance > RapportSettings.ALLOWANCE_MAX) {
            errors.add(FieldError.of("weeklyAllowance", "rapport.error.range", 0, RapportSettings.ALLOWANCE_MAX));
        }
        if (body.categoryRequired == null) {
            errors.add(FieldError.of("categoryRequired", "rapport.error.required"));
        }
        LeaderboardVisibility visibility = null;
        if (body.leaderboardVisibility == null) {
            errors.add(FieldError.of("leaderboardVisibility", "rapport.error.required"));
        } else {
            visibility = LeaderboardVisibility.parse(body.leaderboardVisibility).orElse(null);
            if (visibility == null) {
                errors.add(FieldError.of("leaderboardVisibility", "rapport.settings.error.leaderboard.visibility"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RapportSettings(body.weeklyAllowance, body.categoryRequired, visibility);
    }
}
