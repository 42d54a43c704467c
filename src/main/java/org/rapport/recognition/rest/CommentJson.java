package org.rapport.recognition.rest;

import org.rapport.people.rest.PersonJson;

/** A comment as the REST API shows it; {@code canDelete} tells the caller's page whether to offer Delete. */
public record CommentJson(long id, long recognitionId, PersonJson author, String text, String createdAt, boolean canDelete) {
}
