package org.rapport.privacy.rest;

/** The body of {@code POST privacy/erase}: {@code {"user": userKey, "mode": "DELETE"|"ANONYMISE"}}. */
public record ErasureBody(String user, String mode) {
}
