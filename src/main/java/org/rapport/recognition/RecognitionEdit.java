package org.rapport.recognition;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.util.ArrayList;
import java.util.List;

/** What a giver may change within the edit window: the message and the category. */
public record RecognitionEdit(String message, Long categoryId) {
    public RecognitionEdit {
        List<FieldError> errors = new ArrayList<>();
        message = Text.clean(message);
        Text.checkParagraphs("message", message, 1, RecognitionDraft.MESSAGE_MAX, errors);
        if (categoryId != null && categoryId <= 0) {
            errors.add(FieldError.of("categoryId", "rapport.recognition.error.category"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
