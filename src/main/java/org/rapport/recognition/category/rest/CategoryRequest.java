package org.rapport.recognition.category.rest;

import org.rapport.recognition.category.CategoryDraft;

/** The body of {@code POST categories} and {@code PUT categories/{id}}, as sent; validated by {@link CategoryDraft}. */
public record CategoryRequest(String name, String description, String icon, String colour, String kind) {
    /** A missing body validates like an empty one: every required field is reported. */
    static CategoryDraft draftOf(CategoryRequest body) {
        CategoryRequest b = body == null ? new CategoryRequest(null, null, null, null, null) : body;
        return CategoryDraft.parse(b.name, b.description, b.icon, b.colour, b.kind);
    }
}
