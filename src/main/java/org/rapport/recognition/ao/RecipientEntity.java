package org.rapport.recognition.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * Table {@code AO_47C15B_RECIPIENT}: one recipient of one recognition. Creation time, public
 * state, hidden state and category are copied from the recognition so "received by" pages page
 * through this table alone.
 */
@Table("RECIPIENT")
// Covers the received page's whole ORDER BY (RECIPIENT_KEY, CREATED_AT, RECOGNITION_ID, all descending).
@Indexes(@Index(name = "received", methodNames = {"getRecipientKey", "getCreatedAt", "getRecognitionId"}))
public interface RecipientEntity extends Entity {
    String ID = "ID";
    String RECOGNITION_ID = "RECOGNITION_ID";
    String RECIPIENT_KEY = "RECIPIENT_KEY";
    String CREATED_AT = "CREATED_AT";
    String SHOWN_PUBLICLY = "SHOWN_PUBLICLY";
    String CATEGORY_ID = "CATEGORY_ID";
    String HIDDEN = "HIDDEN";

    String ALL_COLUMNS = String.join(", ", ID, RECOGNITION_ID, RECIPIENT_KEY, CREATED_AT, SHOWN_PUBLICLY, CATEGORY_ID, HIDDEN);

    @NotNull
    @Indexed
    int getRecognitionId();

    void setRecognitionId(int recognitionId);

    @NotNull
    @StringLength(255)
    String getRecipientKey();

    void setRecipientKey(String recipientKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    @Default("false")
    boolean getShownPublicly();

    void setShownPublicly(boolean shownPublicly);

    @NotNull
    @Default("0")
    int getCategoryId();

    void setCategoryId(int categoryId);

    /** Copy of the recognition's hidden state (moderation); added later, so existing rows default to false. */
    @NotNull
    @Default("false")
    boolean getHidden();

    void setHidden(boolean hidden);
}
