package org.rapport.mentoring.settings;

import org.rapport.mentoring.matching.MatchingWeights;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules admins set for mentoring.
 *
 * @param coordinatorGroup   members of this group run the programme (admins always may)
 * @param defaultCadenceDays days between check-ins a new pairing starts with
 * @param graceDays          days past the cadence before a pairing counts as overdue and both are reminded
 * @param weights            scoring weights of suggestions and programme matching
 */
public record MentoringSettings(String coordinatorGroup, int defaultCadenceDays, int graceDays, MatchingWeights weights) {
    public static final int GROUP_MAX = 255;
    public static final int CADENCE_MIN = 1;
    public static final int CADENCE_MAX = 90;
    public static final int GRACE_MAX = 30;
    public static final MentoringSettings DEFAULTS =
            new MentoringSettings("rapport-coordinators", 14, 3, MatchingWeights.DEFAULTS);

    public MentoringSettings {
        List<FieldError> errors = new ArrayList<>();
        coordinatorGroup = coordinatorGroup == null ? "" : coordinatorGroup.trim();
        if (coordinatorGroup.isEmpty()) {
            errors.add(FieldError.of("coordinatorGroup", "rapport.error.required"));
        } else if (coordinatorGroup.length() > GROUP_MAX) {
            errors.add(FieldError.of("coordinatorGroup", "rapport.error.too.long", GROUP_MAX));
        }
        if (defaultCadenceDays < CADENCE_MIN || defaultCadenceDays > CADENCE_MAX) {
            errors.add(FieldError.of("defaultCadenceDays", "rapport.error.range", CADENCE_MIN, CADENCE_MAX));
        }
        if (graceDays < 0 || graceDays > GRACE_MAX) {
            errors.add(FieldError.of("graceDays", "rapport.error.range", 0, GRACE_MAX));
        }
        if (weights == null) {
            errors.add(FieldError.of("weights", "rapport.error.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Objects.requireNonNull(weights);
    }
}
