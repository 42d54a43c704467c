package org.rapport.help;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.util.ArrayList;
import java.util.List;

/** A kind of help as an admin names it: a label of 1-60 characters, and whether it is archived. */
public record HelpKindDraft(String label, boolean archived) {
    public static final int LABEL_MAX = 60;

    public HelpKindDraft {
        List<FieldError> errors = new ArrayList<>();
        label = Text.clean(label);
        Text.checkLine("label", label, 1, LABEL_MAX, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
