package org.rapport.notification.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** Table {@code AO_47C15B_NOTIFICATION}: one in-app notification for one person. */
@Table("NOTIFICATION")
@Indexes({
        @Index(name = "inbox", methodNames = {"getRecipientKey", "getCreatedAt"}),
        @Index(name = "unread", methodNames = {"getRecipientKey", "getSeen"})
})
public interface NotificationEntity extends Entity {
    String ID = "ID";
    String RECIPIENT_KEY = "RECIPIENT_KEY";
    String KIND = "KIND";
    String RECOGNITION_ID = "RECOGNITION_ID";
    String ACTOR_KEY = "ACTOR_KEY";
    String CREATED_AT = "CREATED_AT";
    String SEEN = "SEEN";
    String HIDDEN = "HIDDEN";

    String ALL_COLUMNS = String.join(", ", ID, RECIPIENT_KEY, KIND, RECOGNITION_ID, ACTOR_KEY, CREATED_AT, SEEN, HIDDEN);

    @NotNull
    @StringLength(255)
    String getRecipientKey();

    void setRecipientKey(String recipientKey);

    @NotNull
    @StringLength(30)
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    int getRecognitionId();

    void setRecognitionId(int recognitionId);

    @NotNull
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    // "READ" is a keyword on several databases: hence SEEN.
    @NotNull
    @Default("false")
    boolean getSeen();

    void setSeen(boolean seen);

    /** The recognition it is about was hidden by an admin: left out of the inbox and the unread count. */
    @NotNull
    @Default("false")
    boolean getHidden();

    void setHidden(boolean hidden);
}
