package org.rapport.recognition.moderation.rest;

/** The body of a report, hide or dismiss: {@code {"reason": "..."}}. */
public record ReasonRequest(String reason) {
}
