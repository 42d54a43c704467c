package org.rapport.mentoring.settings.rest;

import org.rapport.mentoring.matching.MatchingWeights;
import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Reads a PUT of the mentoring settings: every field is required; all bad fields are named at once. */
final class SettingsRequest {
    private SettingsRequest() {
    }

    static MentoringSettings settingsOf(SettingsJson.Settings body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            throw new InvalidInputException(FieldError.of("body", "rapport.error.required"));
        }
        String group = body.coordinatorGroup() == null ? "" : body.coordinatorGroup().trim();
        if (group.isEmpty()) {
            errors.add(FieldError.of("coordinatorGroup", "rapport.error.required"));
        } else if (group.length() > MentoringSettings.GROUP_MAX) {
            errors.add(FieldError.of("coordinatorGroup", "rapport.error.too.long", MentoringSettings.GROUP_MAX));
        }
        range(errors, "defaultCadenceDays", body.defaultCadenceDays(), MentoringSettings.CADENCE_MIN, MentoringSettings.CADENCE_MAX);
        range(errors, "graceDays", body.graceDays(), 0, MentoringSettings.GRACE_MAX);
        SettingsJson.Weights w = body.weights();
        if (w == null) {
            errors.add(FieldError.of("weights", "rapport.error.required"));
        } else {
            int before = errors.size();
            range(errors, "weights.sharedSkill", w.sharedSkill(), 0, MatchingWeights.WEIGHT_MAX);
            range(errors, "weights.helpEvidence", w.helpEvidence(), 0, MatchingWeights.WEIGHT_MAX);
            range(errors, "weights.otherDepartment", w.otherDepartment(), 0, MatchingWeights.WEIGHT_MAX);
            range(errors, "weights.timezoneOverlap", w.timezoneOverlap(), 0, MatchingWeights.WEIGHT_MAX);
            if (errors.size() == before && w.sharedSkill() + w.helpEvidence() + w.otherDepartment() + w.timezoneOverlap() == 0) {
                errors.add(FieldError.of("weights", "rapport.mentoring.match.error.weights"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MentoringSettings(group, body.defaultCadenceDays(), body.graceDays(),
                new MatchingWeights(w.sharedSkill(), w.helpEvidence(), w.otherDepartment(), w.timezoneOverlap()));
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value == null) {
            errors.add(FieldError.of(field, "rapport.error.required"));
        } else if (value < min || value > max) {
            errors.add(FieldError.of(field, "rapport.error.range", min, max));
        }
    }
}
