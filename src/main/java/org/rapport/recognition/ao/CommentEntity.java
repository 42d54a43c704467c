package org.rapport.recognition.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** Table {@code AO_47C15B_REPLY} ("COMMENT" is an SQL keyword): one comment on one recognition. */
@Table("REPLY")
public interface CommentEntity extends Entity {
    String ID = "ID";
    String RECOGNITION_ID = "RECOGNITION_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String COMMENT_TEXT = "COMMENT_TEXT";
    String CREATED_AT = "CREATED_AT";

    String ALL_COLUMNS = String.join(", ", ID, RECOGNITION_ID, AUTHOR_KEY, COMMENT_TEXT, CREATED_AT);

    @NotNull
    @Indexed
    int getRecognitionId();

    void setRecognitionId(int recognitionId);

    @NotNull
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    // "BODY" is a keyword on some databases AO supports: hence COMMENT_TEXT.
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String text);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
