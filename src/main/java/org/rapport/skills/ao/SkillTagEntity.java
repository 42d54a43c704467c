package org.rapport.skills.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_47C15B_SKILL_TAG}: one tag of the shared skills vocabulary. A canonical tag
 * has {@code CANONICAL_NAME = TAG_NAME}; a merged one ("k8s") keeps its row as an alias whose
 * canonical name is the tag it was merged into ("kubernetes"), so it keeps resolving.
 */
@Table("SKILL_TAG")
public interface SkillTagEntity extends Entity {
    String ID = "ID";
    String TAG_NAME = "TAG_NAME";
    String CANONICAL_NAME = "CANONICAL_NAME";

    String ALL_COLUMNS = String.join(", ", ID, TAG_NAME, CANONICAL_NAME);

    /** Unique: two people introducing one new tag at once cannot create it twice. */
    @NotNull
    @Unique
    @StringLength(60)
    String getTagName();

    void setTagName(String tagName);

    @NotNull
    @Indexed
    @StringLength(60)
    String getCanonicalName();

    void setCanonicalName(String canonicalName);
}
