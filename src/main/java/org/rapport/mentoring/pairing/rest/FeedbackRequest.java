package org.rapport.mentoring.pairing.rest;

import org.rapport.mentoring.pairing.FeedbackDraft;

/** The body of {@code POST mentoring/pairings/{id}/feedback}. */
public record FeedbackRequest(Integer rating, String comment) {
    static FeedbackDraft draftOf(FeedbackRequest body) {
        FeedbackRequest b = body == null ? new FeedbackRequest(null, null) : body;
        return FeedbackDraft.of(b.rating, b.comment);
    }
}
