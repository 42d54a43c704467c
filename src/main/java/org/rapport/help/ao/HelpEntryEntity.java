package org.rapport.help.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * Table {@code AO_47C15B_HELP_ENTRY}: one act of help, from a helper to the person helped. Its
 * skills are rows of {@link HelpSkillEntity}; counts live in the tally table. Column constants are
 * the database names used by every query.
 */
@Table("HELP_ENTRY")
@Indexes({
        @Index(name = "given", methodNames = {"getHelperKey", "getStatus", "getHelpedOn", "getID"}),
        @Index(name = "received", methodNames = {"getHelpedKey", "getStatus", "getHelpedOn", "getID"}),
        @Index(name = "target", methodNames = {"getLinkTarget", "getStatus", "getHelpedOn", "getID"})
})
public interface HelpEntryEntity extends Entity {
    String ID = "ID";
    String HELPER_KEY = "HELPER_KEY";
    String HELPED_KEY = "HELPED_KEY";
    String LOGGED_BY_KEY = "LOGGED_BY_KEY";
    String STATUS = "STATUS";
    String SUMMARY = "SUMMARY";
    String DETAILS = "DETAILS";
    String KIND_ID = "KIND_ID";
    String LINK_TARGET = "LINK_TARGET";
    String MINUTES = "MINUTES";
    String HELPED_ON = "HELPED_ON";
    String CREATED_AT = "CREATED_AT";
    String DECIDED_AT = "DECIDED_AT";
    String HELPER_DEPT = "HELPER_DEPT";
    String HELPED_DEPT = "HELPED_DEPT";

    String ALL_COLUMNS = String.join(", ", ID, HELPER_KEY, HELPED_KEY, LOGGED_BY_KEY, STATUS, SUMMARY, DETAILS, KIND_ID,
            LINK_TARGET, MINUTES, HELPED_ON, CREATED_AT, DECIDED_AT, HELPER_DEPT, HELPED_DEPT);

    @NotNull
    @StringLength(255)
    String getHelperKey();

    void setHelperKey(String helperKey);

    @NotNull
    @StringLength(255)
    String getHelpedKey();

    void setHelpedKey(String helpedKey);

    @NotNull
    @StringLength(255)
    String getLoggedByKey();

    void setLoggedByKey(String loggedByKey);

    /** PENDING, CONFIRMED or DECLINED. */
    @NotNull
    @StringLength(10)
    String getStatus();

    void setStatus(String status);

    /** At most 200 characters; 450 leaves room for characters outside the BMP (two chars each). */
    @NotNull
    @StringLength(450)
    String getSummary();

    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED)
    String getDetails();

    void setDetails(String details);

    @NotNull
    int getKindId();

    void setKindId(int kindId);

    // "LINK" is a keyword on some databases AO supports: hence LINK_TARGET.
    @StringLength(450)
    String getLinkTarget();

    void setLinkTarget(String linkTarget);

    /** 0 when not given. */
    @NotNull
    @Default("0")
    int getMinutes();

    void setMinutes(int minutes);

    // "DATE" is an SQL keyword: the day of the help, as ISO yyyy-MM-dd (sorts as text, no time zone).
    @NotNull
    @StringLength(10)
    String getHelpedOn();

    void setHelpedOn(String helpedOn);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /** When the helped person confirmed or declined; null while pending and for entries they logged. */
    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);

    /**
     * The helper's department in the org chart when the entry was confirmed (model version 5 filled
     * it for entries confirmed before, from the org chart of the upgrade); null when not confirmed,
     * unknown, or erased. As long as OrgPersonEntity's DEPARTMENT.
     */
    @StringLength(100)
    String getHelperDept();

    void setHelperDept(String helperDept);

    /** The helped person's department when the entry was confirmed; as {@link #getHelperDept()}. */
    @StringLength(100)
    String getHelpedDept();

    void setHelpedDept(String helpedDept);
}
