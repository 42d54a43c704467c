package org.rapport.recognition.moderation.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * Table {@code AO_47C15B_HIDING}: who hid a recognition, when and why; one row while it is hidden.
 * The unique recognition id also settles two admins hiding (or restoring) at once: only one insert
 * (or delete) succeeds, so the counters move once.
 */
@Table("HIDING")
public interface HidingEntity extends Entity {
    String ID = "ID";
    String RECOGNITION_ID = "RECOGNITION_ID";
    String HIDDEN_BY = "HIDDEN_BY";
    String HIDDEN_AT = "HIDDEN_AT";
    String HIDE_REASON = "HIDE_REASON";

    String ALL_COLUMNS = String.join(", ", ID, RECOGNITION_ID, HIDDEN_BY, HIDDEN_AT, HIDE_REASON);

    @NotNull
    @Unique
    int getRecognitionId();

    void setRecognitionId(int recognitionId);

    @NotNull
    @StringLength(255)
    String getHiddenBy();

    void setHiddenBy(String hiddenBy);

    @NotNull
    Date getHiddenAt();

    void setHiddenAt(Date hiddenAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getHideReason();

    void setHideReason(String reason);
}
