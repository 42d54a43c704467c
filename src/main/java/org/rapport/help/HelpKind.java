package org.rapport.help;

import java.util.Objects;

/** A kind of help admins offer; {@code code} is what clients send, {@code label} what people read. */
public record HelpKind(long id, String code, String label, int sortOrder, boolean archived) {
    public HelpKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
