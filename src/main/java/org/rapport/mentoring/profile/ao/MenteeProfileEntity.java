package org.rapport.mentoring.profile.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Table {@code AO_47C15B_MENTEE_PROFILE}: what one person looks for in a mentor (at most one row per person). */
@Table("MENTEE_PROFILE")
public interface MenteeProfileEntity extends Entity {
    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String GOALS = "GOALS";
    String PREFER_OTHER_DEPARTMENT = "PREFER_OTHER_DEPARTMENT";
    String PREFER_TIME_OVERLAP = "PREFER_TIME_OVERLAP";
    String TIME_ZONE_ID = "TIME_ZONE_ID";
    String UPDATED_AT = "UPDATED_AT";

    String ALL_COLUMNS = String.join(", ", ID, PERSON_KEY, GOALS, PREFER_OTHER_DEPARTMENT, PREFER_TIME_OVERLAP, TIME_ZONE_ID,
            UPDATED_AT);

    @NotNull
    @Unique
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    /** Up to 1000 characters: the unlimited (CLOB) type, VARCHAR stops at 450 in AO. */
    @StringLength(StringLength.UNLIMITED)
    String getGoals();

    void setGoals(String goals);

    @NotNull
    boolean isPreferOtherDepartment();

    void setPreferOtherDepartment(boolean preferOtherDepartment);

    @NotNull
    boolean isPreferTimeOverlap();

    void setPreferTimeOverlap(boolean preferTimeOverlap);

    @NotNull
    @StringLength(64)
    String getTimeZoneId();

    void setTimeZoneId(String timeZoneId);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
