package org.rapport.recognition.rest;

import org.rapport.recognition.RecognitionDraft;

import java.util.List;

/** The body of {@code POST recognitions}. */
public record RecognitionRequest(List<String> recipients, Long categoryId, String message, String visibility, String link) {
    private static final RecognitionRequest EMPTY = new RecognitionRequest(null, null, null, null, null);

    static RecognitionDraft draftOf(RecognitionRequest body) {
        RecognitionRequest b = body == null ? EMPTY : body;
        return RecognitionDraft.parse(b.recipients, b.categoryId, b.message, b.visibility, b.link);
    }
}
