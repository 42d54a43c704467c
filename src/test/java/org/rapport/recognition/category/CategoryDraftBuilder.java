package org.rapport.recognition.category;

/**
 * Valid category drafts for tests: each test states only the fields it is about.
 * <pre>{@code aCategory().name("Teamwork").kind(CategoryKind.MILESTONE).build()}</pre>
 */
public final class CategoryDraftBuilder {
    private String name = "Teamwork";
    private String description = "Made the team stronger.";
    private CategoryIcon icon = CategoryIcon.PEOPLE;
    private CategoryColour colour = CategoryColour.BLUE;
    private CategoryKind kind = CategoryKind.VALUE;

    private CategoryDraftBuilder() {
    }

    public static CategoryDraftBuilder aCategory() {
        return new CategoryDraftBuilder();
    }

    /** A valid draft that differs from the defaults only in its name. */
    public static CategoryDraft named(String name) {
        return aCategory().name(name).build();
    }

    public CategoryDraftBuilder name(String name) {
        this.name = name;
        return this;
    }

    public CategoryDraftBuilder description(String description) {
        this.description = description;
        return this;
    }

    public CategoryDraftBuilder icon(CategoryIcon icon) {
        this.icon = icon;
        return this;
    }

    public CategoryDraftBuilder colour(CategoryColour colour) {
        this.colour = colour;
        return this;
    }

    public CategoryDraftBuilder kind(CategoryKind kind) {
        this.kind = kind;
        return this;
    }

    public CategoryDraft build() {
        return new CategoryDraft(name, description, icon, colour, kind);
    }
}
