package org.rapport.org;

import java.util.Objects;

/**
 * A person's place in the organisation: their manager (a user key) and department, either of
 * which may be absent (null).
 */
public record OrgPerson(String userKey, String managerKey, String department) {
    public OrgPerson {
        Objects.requireNonNull(userKey, "userKey");
        managerKey = managerKey == null || managerKey.isEmpty() ? null : managerKey;
        department = department == null || department.isEmpty() ? null : department;
    }

    /** Whether this holds the same manager and department as the other (the person may differ). */
    public boolean samePlaceAs(OrgPerson other) {
        return other != null && Objects.equals(managerKey, other.managerKey) && Objects.equals(department, other.department);
    }
}
