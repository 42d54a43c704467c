package org.rapport.mentoring.pairing;

import org.rapport.mentoring.profile.ProfileFields;
import org.rapport.platform.FieldError;

import java.util.ArrayList;
import java.util.List;

/** A validated ending of an active pairing: completed (it reached its aim) or ended early, with a reason of 1-300 characters. */
public record PairingEnd(MentorshipStatus outcome, String reason) {
    public static final int REASON_MAX = 300;

    public PairingEnd {
        if ((outcome != MentorshipStatus.COMPLETED && outcome != MentorshipStatus.ENDED) || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("use PairingEnd.of to validate input");
        }
    }

    public static PairingEnd of(String outcome, String reason) {
        List<FieldError> errors = new ArrayList<>();
        MentorshipStatus status = MentorshipStatus.parse(outcome).orElse(null);
        if (outcome == null || outcome.isBlank()) {
            errors.add(FieldError.of("outcome", "rapport.error.required"));
        } else if (status != MentorshipStatus.COMPLETED && status != MentorshipStatus.ENDED) {
            errors.add(FieldError.of("outcome", "rapport.mentoring.pairing.error.outcome"));
        }
        String text = ProfileFields.text(errors, "reason", reason, REASON_MAX);
        if (text.isBlank() && errors.stream().noneMatch(e -> e.field().equals("reason"))) {
            errors.add(FieldError.of("reason", "rapport.error.required"));
        }
        ProfileFields.throwIfAny(errors);
        return new PairingEnd(status, text);
    }
}
