package org.rapport.help;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A kind of help admins offer; {@code code} is what clients send, {@code label} what people read. */
public record HelpKind(long id, String code, String label, int sortOrder, boolean archived) {
    /**
     * The kinds seeded on install, code to English label. While an admin keeps a seeded label, it
     * is shown translated ({@code rapport.help.kind.CODE}); a renamed kind shows its new label.
     */
    public static final Map<String, String> SEEDS = seeds();

    public HelpKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    private static Map<String, String> seeds() {
        Map<String, String> seeds = new LinkedHashMap<>();
        seeds.put("unblocked-me", "Unblocked me");
        seeds.put("reviewed-my-work", "Reviewed my work");
        seeds.put("paired-with-me", "Paired with me");
        seeds.put("explained-something", "Explained something");
        seeds.put("shared-a-resource", "Shared a resource");
        seeds.put("introduced-me-to-someone", "Introduced me to someone");
        return java.util.Collections.unmodifiableMap(seeds);
    }
}
