package org.rapport.recognition.category;

import java.util.Locale;
import java.util.Optional;

/** The fixed palette of category colours (Atlassian design colours, readable on white). */
public enum CategoryColour {
    BLUE("#0052CC"),
    TEAL("#00A3BF"),
    GREEN("#00875A"),
    YELLOW("#FF991F"),
    RED("#DE350B"),
    PURPLE("#5243AA"),
    GREY("#42526E");

    private final String hex;

    CategoryColour(String hex) {
        this.hex = hex;
    }

    /** The id clients send and receive, such as {@code "blue"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String hex() {
        return hex;
    }

    public static Optional<CategoryColour> fromId(String id) {
        for (CategoryColour colour : values()) {
            if (colour.id().equals(id)) {
                return Optional.of(colour);
            }
        }
        return Optional.empty();
    }
}
