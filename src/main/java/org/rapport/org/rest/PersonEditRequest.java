package org.rapport.org.rest;

import org.rapport.org.PersonEdit;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code PUT org/people/{userKey}}: {@code {"manager": username or "", "department": text or ""}}.
 * Both fields are required: {@code ""} clears one, a missing one is a 400 naming it (an empty body
 * must never clear a person's manager and department).
 */
public record PersonEditRequest(String manager, String department) {
    static PersonEdit editOf(PersonEditRequest body) {
        if (body == null) {
            throw new InvalidInputException(FieldError.of("body", "rapport.error.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (body.manager == null) {
            errors.add(FieldError.of("manager", "rapport.error.required"));
        }
        if (body.department == null) {
            errors.add(FieldError.of("department", "rapport.error.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PersonEdit(body.manager, body.department);
    }
}
