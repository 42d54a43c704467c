package org.rapport.help.rest;

/** A kind of help. */
public record KindJson(String code, String label, int sortOrder, boolean archived) {
}
