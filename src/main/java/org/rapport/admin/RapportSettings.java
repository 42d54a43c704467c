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
 */
public record RapportSettings(int weeklyAllowance, boolean categoryRequired) {
    public static final int ALLOWANCE_MAX = 100;
    public static final RapportSettings DEFAULTS = new RapportSettings(10, true);

    public RapportSettings {
        List<FieldError> errors = new ArrayList<>();
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
