package org.rapport.recognition.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * Table {@code AO_47C15B_RECOGNITION}: one recognition; its recipients are rows of
 * {@link RecipientEntity}. Column constants are the database names used by every query.
 */
@Table("RECOGNITION")
// Each index ends with ID so it covers a page's whole ORDER BY (filter column, CREATED_AT, ID, all
// descending): H2 then walks it backwards instead of sorting every matching row (see RecognitionStore).
@Indexes({
        @Index(name = "feed", methodNames = {"getShownPublicly", "getCreatedAt", "getID"}),
        @Index(name = "given", methodNames = {"getGiverKey", "getCreatedAt", "getID"}),
        // The public feed of one category: both equality columns lead, so H2 prefers it to "feed"
        // (one equality) and walks it backwards; it also serves "is this category in use".
        @Index(name = "category", methodNames = {"getCategoryId", "getShownPublicly", "getCreatedAt", "getID"}),
        // The issue panel and the feed's link filter: what is linked to one issue, newest first.
        @Index(name = "linked", methodNames = {"getLinkTarget", "getCreatedAt", "getID"})
})
public interface RecognitionEntity extends Entity {
    String ID = "ID";
    String GIVER_KEY = "GIVER_KEY";
    String CATEGORY_ID = "CATEGORY_ID";
    String MESSAGE = "MESSAGE";
    String LINK_TARGET = "LINK_TARGET";
    String VISIBILITY = "VISIBILITY";
    String SHOWN_PUBLICLY = "SHOWN_PUBLICLY";
    String HIDDEN = "HIDDEN";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String ALLOWANCE_SLOT = "ALLOWANCE_SLOT";
    String IDEMPOTENCY_KEY = "IDEMPOTENCY_KEY";

    String ALL_COLUMNS = String.join(", ", ID, GIVER_KEY, CATEGORY_ID, MESSAGE, LINK_TARGET, VISIBILITY, SHOWN_PUBLICLY,
            HIDDEN, CREATED_AT, UPDATED_AT);

    @NotNull
    @StringLength(255)
    String getGiverKey();

    void setGiverKey(String giverKey);

    /** 0 when the recognition has no category (allowed only when admins made categories optional). */
    @NotNull
    @Default("0")
    int getCategoryId();

    void setCategoryId(int categoryId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    // "LINK" is a keyword on some databases AO supports: hence LINK_TARGET.
    @StringLength(450)
    String getLinkTarget();

    void setLinkTarget(String linkTarget);

    @NotNull
    @StringLength(10)
    String getVisibility();

    void setVisibility(String visibility);

    /** Public and not hidden: what the public feed reads, kept in step by the store on every change. */
    @NotNull
    @Default("false")
    boolean getShownPublicly();

    void setShownPublicly(boolean shownPublicly);

    @NotNull
    @Default("false")
    boolean getHidden();

    void setHidden(boolean hidden);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /**
     * {@code giver|week|n}: the n-th of the giver's weekly allowance. The unique index makes two
     * racing gives (on any node) unable to take the same slot. Never null (SQL Server allows one
     * NULL per unique column): unlimited gives get a unique filler.
     */
    @NotNull
    @Unique
    @StringLength(450)
    String getAllowanceSlot();

    void setAllowanceSlot(String allowanceSlot);

    /** {@code giver|Idempotency-Key}, or a unique filler; the unique index settles retried requests. */
    @NotNull
    @Unique
    @StringLength(450)
    String getIdempotencyKey();

    void setIdempotencyKey(String idempotencyKey);
}
