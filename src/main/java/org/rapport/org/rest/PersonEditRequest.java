package org.rapport.org.rest;

import org.rapport.org.PersonEdit;

/** {@code PUT org/people/{userKey}}: {@code {"manager": username or "", "department": text or ""}}. */
public record PersonEditRequest(String manager, String department) {
    static PersonEdit editOf(PersonEditRequest body) {
        PersonEditRequest b = body == null ? new PersonEditRequest(null, null) : body;
        return new PersonEdit(b.manager, b.department);
    }
}
