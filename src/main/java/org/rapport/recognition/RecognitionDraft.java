package org.rapport.recognition;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A recognition as its giver wants it, validated for shape: 1-10 distinct recipients, a message
 * of 1-2000 characters (line breaks kept), a visibility, and an optional link. Whether the
 * recipients exist and the category is active is checked by the service against the data.
 */
public record RecognitionDraft(List<String> recipientKeys, Long categoryId, String message, Visibility visibility,
                               RecognitionLink link) {
    public static final int RECIPIENTS_MAX = 10;
    public static final int MESSAGE_MAX = 2000;

    public RecognitionDraft {
        List<FieldError> errors = new ArrayList<>();
        recipientKeys = recipients(recipientKeys, errors);
        message = Text.clean(message);
        Text.checkParagraphs("message", message, 1, MESSAGE_MAX, errors);
        if (visibility == null) {
            errors.add(FieldError.of("visibility", "rapport.recognition.error.visibility"));
        }
        if (categoryId != null && categoryId <= 0) {
            errors.add(FieldError.of("categoryId", "rapport.recognition.error.category"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A draft from raw client values; a missing visibility means public. Reports every error at once. */
    public static RecognitionDraft parse(List<String> recipients, Long categoryId, String message, String visibility, String link) {
        List<FieldError> errors = new ArrayList<>();
        Visibility parsedVisibility = parseVisibility(visibility, errors);
        RecognitionLink parsedLink = null;
        try {
            parsedLink = RecognitionLink.parse(link);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        RecognitionDraft draft = null;
        try {
            draft = new RecognitionDraft(recipients, categoryId, message, parsedVisibility, parsedLink);
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return draft;
    }

    private static Visibility parseVisibility(String visibility, List<FieldError> errors) {
        if (visibility == null || visibility.isBlank()) {
            return Visibility.PUBLIC;
        }
        try {
            return Visibility.valueOf(visibility.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("visibility", "rapport.recognition.error.visibility"));
            return Visibility.PUBLIC;
        }
    }

    private static List<String> recipients(List<String> keys, List<FieldError> errors) {
        if (keys == null || keys.isEmpty()) {
            errors.add(FieldError.of("recipients", "rapport.recognition.error.recipients.none"));
            return List.of();
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String key : keys) {
            if (key == null || key.isBlank() || key.length() > 255) {
                errors.add(FieldError.of("recipients", "rapport.recognition.error.recipients.unknown"));
                return List.of();
            }
            unique.add(key.strip());
        }
        if (unique.size() > RECIPIENTS_MAX) {
            errors.add(FieldError.of("recipients", "rapport.recognition.error.recipients.many", RECIPIENTS_MAX));
        }
        return List.copyOf(unique);
    }
}
