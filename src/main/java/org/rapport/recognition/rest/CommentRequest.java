package org.rapport.recognition.rest;

/** The body of {@code POST recognitions/{id}/comments}. */
public record CommentRequest(String text) {
}
