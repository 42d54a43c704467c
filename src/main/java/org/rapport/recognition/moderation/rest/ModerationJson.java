package org.rapport.recognition.moderation.rest;

import org.rapport.people.rest.PersonJson;
import org.rapport.recognition.rest.RecognitionJson;

import java.util.List;

/** The JSON shapes of moderation. */
public final class ModerationJson {
    private ModerationJson() {
    }

    /** A report; {@code reporter} is shown to admins only (null for the reporter's own answer). */
    public record Report(long id, long recognitionId, PersonJson reporter, String reason, String createdAt, String state) {
    }

    /** Who hid a recognition, when and why. */
    public record Hiding(long recognitionId, PersonJson hiddenBy, String hiddenAt, String reason) {
    }

    /** A recognition in the queue with its open reports, newest first. */
    public record QueueItem(RecognitionJson recognition, List<Report> reports, int openReports, String latestReportAt) {
    }

    public record Queue(List<QueueItem> items, String next) {
    }

    public record HiddenItem(RecognitionJson recognition, Hiding hiding) {
    }

    public record HiddenPage(List<HiddenItem> items, Long next) {
    }

    public record Dismissed(long recognitionId, int resolved) {
    }
}
