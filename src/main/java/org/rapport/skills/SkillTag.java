package org.rapport.skills;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A skill or topic in its normalised form, shared by the help ledger and mentoring: trimmed,
 * lower case, runs of spaces (and underscores) turned into one hyphen, at most 40 characters of
 * letters, digits and {@code + # . -}. {@code "Spring Boot"} and {@code " spring  boot "} are the
 * same tag {@code spring-boot}.
 */
public record SkillTag(String name) {
    public static final int MAX = 40;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#.\\-]*");
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");

    public SkillTag {
        if (name == null || name.isEmpty() || name.length() > MAX || !ALLOWED.matcher(name).matches()) {
            throw new IllegalArgumentException("not a normalised tag: " + name);
        }
    }

    /** Normalises what a person typed; refuses (naming {@code field}) what cannot be a tag. */
    public static SkillTag parse(String field, String raw) {
        String text = raw == null ? "" : SPACES.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        if (text.isEmpty()) {
            throw new InvalidInputException(FieldError.of(field, "rapport.error.required"));
        }
        if (text.codePointCount(0, text.length()) > MAX || text.length() > MAX) {
            throw new InvalidInputException(FieldError.of(field, "rapport.skills.error.long", MAX));
        }
        if (!ALLOWED.matcher(text).matches()) {
            throw new InvalidInputException(FieldError.of(field, "rapport.skills.error.characters"));
        }
        return new SkillTag(text);
    }

    /** Up to {@code max} distinct tags, in the order given; every error names {@code field}. */
    public static List<SkillTag> parseAll(String field, List<String> raw, int max) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<SkillTag> tags = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String one : raw) {
            try {
                tags.add(parse(field, one));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (errors.isEmpty() && tags.size() > max) {
            errors.add(FieldError.of(field, "rapport.skills.error.many", max));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.get(0));
        }
        return List.copyOf(tags);
    }

    @Override
    public String toString() {
        return name;
    }
}
