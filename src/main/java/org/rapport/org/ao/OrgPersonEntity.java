package org.rapport.org.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_47C15B_ORG_PERSON}: one person's place in the organisation, by user key. A
 * person without a row has no manager and no department.
 */
@Table("ORG_PERSON")
public interface OrgPersonEntity extends Entity {
    String ID = "ID";
    String USER_KEY = "USER_KEY";
    String MANAGER_KEY = "MANAGER_KEY";
    String DEPARTMENT = "DEPARTMENT";
    String ALL_COLUMNS = ID + ", " + USER_KEY + ", " + MANAGER_KEY + ", " + DEPARTMENT;

    @NotNull
    @Unique
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** Indexed: "the direct reports of a manager" and "is this person a manager" read by it. */
    @Indexed
    @StringLength(255)
    String getManagerKey();

    void setManagerKey(String managerKey);

    @StringLength(100)
    String getDepartment();

    void setDepartment(String department);
}
