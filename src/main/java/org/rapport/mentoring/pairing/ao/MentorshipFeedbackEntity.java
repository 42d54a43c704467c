package org.rapport.mentoring.pairing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_47C15B_MENTORSHIP_FEEDBACK}: one side's feedback on a finished pairing (a 1-5
 * rating and an optional comment). Private to the pair and coordinators: managers never see it.
 */
@Table("MENTORSHIP_FEEDBACK")
public interface MentorshipFeedbackEntity extends Entity {
    String ID = "ID";
    String MENTORSHIP_ID = "MENTORSHIP_ID";
    String AUTHOR_ROLE = "AUTHOR_ROLE";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String RATING = "RATING";
    String FEEDBACK_COMMENT = "FEEDBACK_COMMENT";
    String ONE_PER_SIDE = "ONE_PER_SIDE";
    String CREATED_AT = "CREATED_AT";

    String ALL_COLUMNS = String.join(", ", ID, MENTORSHIP_ID, AUTHOR_ROLE, AUTHOR_KEY, RATING, FEEDBACK_COMMENT, ONE_PER_SIDE,
            CREATED_AT);

    @NotNull
    @Indexed
    long getMentorshipId();

    void setMentorshipId(long mentorshipId);

    /** MENTOR or MENTEE. */
    @NotNull
    @StringLength(16)
    String getAuthorRole();

    void setAuthorRole(String authorRole);

    @NotNull
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    int getRating();

    void setRating(int rating);

    /** Up to 1000 characters. ("COMMENT" is a reserved word on Oracle.) */
    @StringLength(StringLength.UNLIMITED)
    String getFeedbackComment();

    void setFeedbackComment(String comment);

    /** {@code <mentorshipId>:<role>}, unique: each side gives feedback once, even when two submissions race. */
    @NotNull
    @Unique
    @StringLength(64)
    String getOnePerSide();

    void setOnePerSide(String onePerSide);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
