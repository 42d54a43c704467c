package org.rapport.org.rest;

/** The JSON form of an import: {@code {"csv": "username,manager,department\n..."}}. */
public record ImportRequest(String csv) {
}
