package org.rapport.org;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * An admin's change to one person: the manager's username (empty for none) and the department
 * (empty for none), trimmed and checked here.
 */
public record PersonEdit(String manager, String department) {
    public PersonEdit {
        manager = Text.clean(manager);
        department = Text.clean(department);
        List<FieldError> errors = new ArrayList<>();
        Text.checkLine("manager", manager, 0, OrgImport.USERNAME_MAX, errors);
        Text.checkLine("department", department, 0, OrgImport.DEPARTMENT_MAX, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
