package org.rapport.recognition.category.rest;

import org.rapport.recognition.category.Category;

/** A category as the REST API shows it. */
public record CategoryJson(long id, String name, String description, String icon, String iconGlyph,
                           String colour, String colourHex, String kind, boolean milestone, int sortOrder,
                           boolean archived) {
    static CategoryJson of(Category c) {
        return new CategoryJson(c.id(), c.name(), c.description(), c.icon().id(), c.icon().auiGlyph(),
                c.colour().id(), c.colour().hex(), c.kind().name(), c.milestone(), c.sortOrder(), c.archived());
    }
}
