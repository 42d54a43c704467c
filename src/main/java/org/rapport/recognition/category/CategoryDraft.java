package org.rapport.recognition.category;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A validated category as an admin wants it to be, for create and edit alike. {@link #parse}
 * checks every field and reports all broken rules at once, each naming its field.
 */
public record CategoryDraft(String name, String description, CategoryIcon icon, CategoryColour colour, CategoryKind kind) {
    public static final int NAME_MAX = 60;
    public static final int DESCRIPTION_MAX = 500;

    public CategoryDraft {
        List<FieldError> errors = textErrors(name, description);
        if (icon == null) {
            errors.add(FieldError.of("icon", "rapport.category.error.icon"));
        }
        if (colour == null) {
            errors.add(FieldError.of("colour", "rapport.category.error.colour"));
        }
        if (kind == null) {
            errors.add(FieldError.of("kind", "rapport.category.error.kind"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        name = Text.clean(name);
        description = Text.clean(description);
    }

    /** Builds a draft from the raw values a client sent; unknown ids become field errors. */
    public static CategoryDraft parse(String name, String description, String icon, String colour, String kind) {
        List<FieldError> errors = textErrors(name, description);
        CategoryIcon parsedIcon = CategoryIcon.fromId(icon).orElse(null);
        if (parsedIcon == null) {
            errors.add(FieldError.of("icon", "rapport.category.error.icon"));
        }
        CategoryColour parsedColour = CategoryColour.fromId(colour).orElse(null);
        if (parsedColour == null) {
            errors.add(FieldError.of("colour", "rapport.category.error.colour"));
        }
        CategoryKind parsedKind = parseKind(kind);
        if (parsedKind == null) {
            errors.add(FieldError.of("kind", "rapport.category.error.kind"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CategoryDraft(name, description, parsedIcon, parsedColour, parsedKind);
    }

    private static List<FieldError> textErrors(String name, String description) {
        List<FieldError> errors = new ArrayList<>();
        Text.checkLine("name", Text.clean(name), 1, NAME_MAX, errors);
        Text.checkParagraphs("description", Text.clean(description), 0, DESCRIPTION_MAX, errors);
        return errors;
    }

    /** The name as uniqueness compares it: case and surrounding space ignored. */
    public String normalizedName() {
        return normalize(name);
    }

    static String normalize(String name) {
        return Text.clean(name).toLowerCase(Locale.ROOT);
    }

    private static CategoryKind parseKind(String kind) {
        for (CategoryKind k : CategoryKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
