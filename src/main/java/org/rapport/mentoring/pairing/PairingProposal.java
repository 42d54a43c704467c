package org.rapport.mentoring.pairing;

import org.rapport.mentoring.profile.ProfileFields;
import org.rapport.mentoring.settings.MentoringSettings;
import org.rapport.platform.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated request to pair two people, as a client sends it: both user keys, a note of up to
 * {@value #MESSAGE_MAX} characters, and a cadence in days (null: the admin's default). Who proposes
 * it, and whether they may, the service decides.
 */
public record PairingProposal(String mentorKey, String menteeKey, String message, Integer cadenceDays) {
    public static final int MESSAGE_MAX = 500;
    static final int KEY_MAX = 255;

    public PairingProposal {
        if (mentorKey == null || menteeKey == null || message == null) {
            throw new IllegalArgumentException("use PairingProposal.of to validate input");
        }
    }

    public static PairingProposal of(String mentorKey, String menteeKey, String message, Integer cadenceDays) {
        List<FieldError> errors = new ArrayList<>();
        String mentor = key(errors, "mentor", mentorKey);
        String mentee = key(errors, "mentee", menteeKey);
        if (mentor != null && mentor.equals(mentee)) {
            errors.add(FieldError.of("mentee", "rapport.mentoring.pairing.error.self"));
        }
        String text = ProfileFields.text(errors, "message", message, MESSAGE_MAX);
        if (cadenceDays != null && (cadenceDays < MentoringSettings.CADENCE_MIN || cadenceDays > MentoringSettings.CADENCE_MAX)) {
            errors.add(FieldError.of("cadenceDays", "rapport.error.range", MentoringSettings.CADENCE_MIN, MentoringSettings.CADENCE_MAX));
        }
        ProfileFields.throwIfAny(errors);
        return new PairingProposal(mentor, mentee, text, cadenceDays);
    }

    private static String key(List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of(field, "rapport.error.required"));
            return null;
        }
        String key = raw.strip();
        if (key.length() > KEY_MAX) {
            errors.add(FieldError.of(field, "rapport.mentoring.pairing.error.unknownPerson"));
            return null;
        }
        return key;
    }
}
