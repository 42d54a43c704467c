package org.rapport.recognition.category;

import java.util.Locale;
import java.util.Optional;

/**
 * The fixed set of icons a category may show. Each maps to an AUI icon-font glyph that both
 * Jira and Confluence ship, so pages need no icon assets of their own.
 */
public enum CategoryIcon {
    STAR("star-filled"),
    HEART("like"),
    LIGHTBULB("lightbulb-filled"),
    PEOPLE("people-group"),
    TROPHY("new-star"),
    ROCKET("ship"),
    CALENDAR("calendar-filled"),
    BOOK("book"),
    FLAG("flag"),
    WORLD("world");

    private final String auiGlyph;

    CategoryIcon(String auiGlyph) {
        this.auiGlyph = auiGlyph;
    }

    /** The id clients send and receive, such as {@code "star"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The AUI icon-font class suffix, as in {@code aui-iconfont-star-filled}. */
    public String auiGlyph() {
        return auiGlyph;
    }

    public static Optional<CategoryIcon> fromId(String id) {
        for (CategoryIcon icon : values()) {
            if (icon.id().equals(id)) {
                return Optional.of(icon);
            }
        }
        return Optional.empty();
    }
}
