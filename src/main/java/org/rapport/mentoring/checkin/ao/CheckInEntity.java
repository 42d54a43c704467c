package org.rapport.mentoring.checkin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_47C15B_CHECK_IN}: one meeting of a pair. Notes are private to the pair: no
 * manager, coordinator or admin view reads them.
 */
@Table("CHECK_IN")
@Indexes({
        @Index(name = "by_mentorship", methodNames = {"getMentorshipId", "getHeldOn"})
})
public interface CheckInEntity extends Entity {
    String ID = "ID";
    String MENTORSHIP_ID = "MENTORSHIP_ID";
    String HELD_ON = "HELD_ON";
    String DURATION_MINUTES = "DURATION_MINUTES";
    String NOTES = "NOTES";
    String NEXT_STEPS = "NEXT_STEPS";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String HELP_ENTRY_ID = "HELP_ENTRY_ID";
    String CREATED_AT = "CREATED_AT";

    String ALL_COLUMNS = String.join(", ", ID, MENTORSHIP_ID, HELD_ON, DURATION_MINUTES, NOTES, NEXT_STEPS, AUTHOR_KEY,
            HELP_ENTRY_ID, CREATED_AT);

    @NotNull
    long getMentorshipId();

    void setMentorshipId(long mentorshipId);

    /** Epoch day (UTC calendar date) the meeting took place. */
    @NotNull
    long getHeldOn();

    void setHeldOn(long heldOn);

    @NotNull
    int getDurationMinutes();

    void setDurationMinutes(int durationMinutes);

    /** Private notes (up to 5000 characters). */
    @StringLength(StringLength.UNLIMITED)
    String getNotes();

    void setNotes(String notes);

    /** Agreed next steps (up to 1000 characters); visible to the pair only. */
    @StringLength(StringLength.UNLIMITED)
    String getNextSteps();

    void setNextSteps(String nextSteps);

    @NotNull
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    /** The confirmed "mentoring" help entry this check-in added; null when the pair opted out. */
    Long getHelpEntryId();

    void setHelpEntryId(Long helpEntryId);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
