package org.rapport.notification.rest;

import org.rapport.notification.NotificationService;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST notifications/read-about}: the item a page has just opened
 * ({@code subject} one of recognition, help, pairing; {@code id} its id).
 */
public record ReadAboutRequest(String subject, Long id) {
    /** The subject named, or a 400 naming every field that is wrong. */
    public NotificationService.Subject validSubject() {
        List<FieldError> errors = new ArrayList<>();
        NotificationService.Subject named = null;
        if (subject == null || subject.isBlank()) {
            errors.add(FieldError.of("subject", "rapport.error.required"));
        } else {
            try {
                named = NotificationService.Subject.valueOf(subject.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("subject", "rapport.notifications.error.subject"));
            }
        }
        if (id == null) {
            errors.add(FieldError.of("id", "rapport.error.required"));
        } else if (id < 1 || id > Integer.MAX_VALUE) {
            errors.add(FieldError.of("id", "rapport.error.range", 1, Integer.MAX_VALUE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return named;
    }
}
