package org.rapport.help.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table {@code AO_47C15B_HELP_SKILL}: one skill tag of one help entry (0-5 per entry). */
@Table("HELP_SKILL")
public interface HelpSkillEntity extends Entity {
    String ID = "ID";
    String ENTRY_ID = "ENTRY_ID";
    String SKILL_NAME = "SKILL_NAME";

    String ALL_COLUMNS = String.join(", ", ID, ENTRY_ID, SKILL_NAME);

    @NotNull
    @Indexed
    int getEntryId();

    void setEntryId(int entryId);

    /** The canonical tag; a merge re-points it. */
    @NotNull
    @Indexed
    @StringLength(60)
    String getSkillName();

    void setSkillName(String skillName);
}
