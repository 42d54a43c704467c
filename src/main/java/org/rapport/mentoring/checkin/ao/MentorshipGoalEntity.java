package org.rapport.mentoring.checkin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_47C15B_MENTORSHIP_GOAL}: a goal a pair works on, with its progress. */
@Table("MENTORSHIP_GOAL")
public interface MentorshipGoalEntity extends Entity {
    String ID = "ID";
    String MENTORSHIP_ID = "MENTORSHIP_ID";
    String TITLE = "TITLE";
    String TARGET_DATE = "TARGET_DATE";
    String PROGRESS = "PROGRESS";
    String DONE = "DONE";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";

    String ALL_COLUMNS = String.join(", ", ID, MENTORSHIP_ID, TITLE, TARGET_DATE, PROGRESS, DONE, CREATED_AT, UPDATED_AT);

    @NotNull
    @Indexed
    long getMentorshipId();

    void setMentorshipId(long mentorshipId);

    @NotNull
    @StringLength(200)
    String getTitle();

    void setTitle(String title);

    /** Epoch day; null when the goal has no date. */
    Long getTargetDate();

    void setTargetDate(Long targetDate);

    /** 0-100. */
    @NotNull
    @Default("0")
    int getProgress();

    void setProgress(int progress);

    @NotNull
    @Default("false")
    boolean isDone();

    void setDone(boolean done);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
