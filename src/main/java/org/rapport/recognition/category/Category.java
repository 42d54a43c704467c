package org.rapport.recognition.category;

import java.time.Instant;
import java.util.Objects;

/**
 * A recognition category an admin configured: a value (teamwork) or a milestone (anniversary).
 * Categories are never deleted, only archived, so recognitions given in them keep their meaning.
 */
public record Category(
        long id,
        String name,
        String description,
        CategoryIcon icon,
        CategoryColour colour,
        CategoryKind kind,
        int sortOrder,
        boolean archived,
        Instant updatedAt) {

    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean milestone() {
        return kind == CategoryKind.MILESTONE;
    }
}
