package org.rapport.recognition.moderation.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * Table {@code AO_47C15B_MOD_LOG}: the audit trail of moderation, never changed except that an
 * erased admin's key is anonymised: who hid, restored or dismissed which recognition, when and why.
 */
@Table("MOD_LOG")
public interface ModerationLogEntity extends Entity {
    String ID = "ID";
    String RECOGNITION_ID = "RECOGNITION_ID";
    String ACTION_KIND = "ACTION_KIND";
    String ACTOR_KEY = "ACTOR_KEY";
    String LOG_REASON = "LOG_REASON";
    String CREATED_AT = "CREATED_AT";

    String ALL_COLUMNS = String.join(", ", ID, RECOGNITION_ID, ACTION_KIND, ACTOR_KEY, LOG_REASON, CREATED_AT);

    @NotNull
    @Indexed
    int getRecognitionId();

    void setRecognitionId(int recognitionId);

    /** {@code HIDE}, {@code RESTORE} or {@code DISMISS}. */
    @NotNull
    @StringLength(10)
    String getActionKind();

    void setActionKind(String kind);

    @NotNull
    @Indexed
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @StringLength(StringLength.UNLIMITED)
    String getLogReason();

    void setLogReason(String reason);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
