package org.rapport.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Valid recognition drafts for tests: each test states only the fields it is about.
 * <pre>{@code aRecognition().to("bob-key", "carol-key").category(teamwork.id()).privately().build()}</pre>
 * Defaults: to {@code bob-key}, no category, a short message, public, no link.
 */
public final class RecognitionDraftBuilder {
    private List<String> recipients = new ArrayList<>(List.of("bob-key"));
    private Long categoryId;
    private String message = "Thanks for unblocking the release.";
    private Visibility visibility = Visibility.PUBLIC;
    private String link;

    private RecognitionDraftBuilder() {
    }

    public static RecognitionDraftBuilder aRecognition() {
        return new RecognitionDraftBuilder();
    }

    public RecognitionDraftBuilder to(String... recipientKeys) {
        this.recipients = recipientKeys == null ? null : new ArrayList<>(Arrays.asList(recipientKeys));
        return this;
    }

    public RecognitionDraftBuilder to(List<String> recipientKeys) {
        this.recipients = recipientKeys;
        return this;
    }

    public RecognitionDraftBuilder category(Long categoryId) {
        this.categoryId = categoryId;
        return this;
    }

    public RecognitionDraftBuilder withoutCategory() {
        return category(null);
    }

    public RecognitionDraftBuilder message(String message) {
        this.message = message;
        return this;
    }

    public RecognitionDraftBuilder visibility(Visibility visibility) {
        this.visibility = visibility;
        return this;
    }

    public RecognitionDraftBuilder privately() {
        return visibility(Visibility.PRIVATE);
    }

    /** A link as a client would send it; parsed on {@link #build()}. */
    public RecognitionDraftBuilder link(String link) {
        this.link = link;
        return this;
    }

    public RecognitionDraft build() {
        return new RecognitionDraft(recipients, categoryId, message, visibility, RecognitionLink.parse(link));
    }
}
