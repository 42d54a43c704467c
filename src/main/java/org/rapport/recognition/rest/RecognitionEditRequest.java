package org.rapport.recognition.rest;

import org.rapport.recognition.RecognitionEdit;

/**
 * The body of {@code PUT recognitions/{id}}: only what a giver may change. Any other field
 * (visibility, recipients, link) is refused as unknown rather than silently ignored.
 */
public record RecognitionEditRequest(String message, Long categoryId) {
    static RecognitionEdit editOf(RecognitionEditRequest body) {
        return body == null ? new RecognitionEdit(null, null) : new RecognitionEdit(body.message, body.categoryId);
    }
}
