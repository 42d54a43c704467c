package org.rapport.help.rest;

/** The body of {@code POST help/skills/merge}: tag {@code from} goes into tag {@code into}. */
public record MergeRequest(String from, String into) {
}
