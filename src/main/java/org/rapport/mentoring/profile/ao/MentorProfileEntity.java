package org.rapport.mentoring.profile.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Table {@code AO_47C15B_MENTOR_PROFILE}: one person's offer to mentor (at most one row per person). */
@Table("MENTOR_PROFILE")
public interface MentorProfileEntity extends Entity {
    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String CAPACITY_LIMIT = "CAPACITY_LIMIT";
    String PAUSED = "PAUSED";
    String BIO = "BIO";
    String TIME_ZONE_ID = "TIME_ZONE_ID";
    String UPDATED_AT = "UPDATED_AT";

    String ALL_COLUMNS = String.join(", ", ID, PERSON_KEY, CAPACITY_LIMIT, PAUSED, BIO, TIME_ZONE_ID, UPDATED_AT);

    /** Unique: two racing first saves cannot create two profiles for one person. */
    @NotNull
    @Unique
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    int getCapacityLimit();

    void setCapacityLimit(int capacityLimit);

    @NotNull
    @Indexed
    boolean isPaused();

    void setPaused(boolean paused);

    /** Up to 500 characters, so it needs the unlimited (CLOB) type: VARCHAR stops at 450 in AO. */
    @StringLength(StringLength.UNLIMITED)
    String getBio();

    void setBio(String bio);

    @NotNull
    @StringLength(64)
    String getTimeZoneId();

    void setTimeZoneId(String timeZoneId);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
