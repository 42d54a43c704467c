package org.rapport.mentoring.checkin;

import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

/**
 * A change of a pairing's rhythm: days between check-ins (1-90, the admins' range) and whether
 * check-ins count as help. A null part stays as it is; at least one part is required.
 */
public record Rhythm(Integer cadenceDays, Boolean countsAsHelp) {
    public Rhythm {
        if (cadenceDays == null && countsAsHelp == null) {
            throw new InvalidInputException(FieldError.of("cadenceDays", "rapport.error.required"));
        }
        if (cadenceDays != null && (cadenceDays < MentoringSettings.CADENCE_MIN || cadenceDays > MentoringSettings.CADENCE_MAX)) {
            throw new InvalidInputException(FieldError.of("cadenceDays", "rapport.error.range",
                    MentoringSettings.CADENCE_MIN, MentoringSettings.CADENCE_MAX));
        }
    }
}
