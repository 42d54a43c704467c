package org.rapport.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the JSON body of {@code POST/PUT categories}. Every field starts valid and the default
 * name is unique, so a test states only what it is about:
 * {@code aCategory().name("").build()}, {@code aCategory().without("icon").build()}.
 */
public final class CategoryBody {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private CategoryBody() {
        fields.put("name", "Category " + SEQUENCE.incrementAndGet());
        fields.put("description", "Made with a test builder.");
        fields.put("icon", "star");
        fields.put("colour", "blue");
        fields.put("kind", "VALUE");
    }

    public static CategoryBody aCategory() {
        return new CategoryBody();
    }

    /** A name no other test uses, readable in reports: {@code prefix} plus a sequence number. */
    public static String uniqueName(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet();
    }

    public CategoryBody name(String name) {
        return with("name", name);
    }

    public CategoryBody description(String description) {
        return with("description", description);
    }

    public CategoryBody icon(String icon) {
        return with("icon", icon);
    }

    public CategoryBody colour(String colour) {
        return with("colour", colour);
    }

    public CategoryBody kind(String kind) {
        return with("kind", kind);
    }

    /** Sets any field, also one the API does not know, to any JSON value (null included). */
    public CategoryBody with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public CategoryBody without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
