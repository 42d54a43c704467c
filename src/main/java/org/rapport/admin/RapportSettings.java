package org.rapport.admin;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules admins configure for recognition.
 *
 * @param weeklyAllowance recognitions one person may give per ISO week (UTC); 0 means no limit
 * @param categoryRequired whether every recognition needs a category
 * @param leaderboardVisibility who sees the leaderboards (admins always do)
 */
public record RapportSettings(int weeklyAllowance, boolean categoryRequired, LeaderboardVisibility leaderboardVisibility) {
    public static final int ALLOWANCE_MAX = 100;
    public static final RapportSettings DEFAULTS = new RapportSettings(10, true, LeaderboardVisibility.EVERYONE);

    /** With leaderboards shown to everyone (the default). */
    public RapportSettings(int weeklyAllowance, boolean categoryRequired) {
        this(weeklyAllowance, categoryRequired, LeaderboardVisibility.EVERYONE);
    }

    public RapportSettings {
        List<FieldError> errors = new ArrayList<>();
        if (leaderboardVisibility == null) {
            errors.add(FieldError.of("leaderboardVisibility", "rapport.settings.error.leaderboard.visibility"));
        }
        if (weeklyAllowance < 0 || weeklyAllowance > ALLOWANCE_MAX) {
            errors.add(FieldError.of("weeklyAllowance", "rapport.error.range", 0, ALLOWANCE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public boolean unlimited() {
        return weeklyAllowance == 0;
    }
}
