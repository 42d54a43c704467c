package org.rapport.mentoring.profile.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Table {@code AO_47C15B_MENTORING_SKILL}: one canonical skill tag a person offers as a mentor
 * ({@code SKILL_ROLE = OFFERED}) or wants as a mentee ({@code WANTED}); 0-10 of each per person.
 * Indexed on the tag so suggestions find the mentors offering a wanted skill without a scan.
 */
@Table("MENTORING_SKILL")
public interface MentoringSkillEntity extends Entity {
    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String SKILL_ROLE = "SKILL_ROLE";
    String SKILL_NAME = "SKILL_NAME";

    String ALL_COLUMNS = String.join(", ", ID, PERSON_KEY, SKILL_ROLE, SKILL_NAME);

    @NotNull
    @Indexed
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @StringLength(10)
    String getSkillRole();

    void setSkillRole(String skillRole);

    /** The canonical tag; a merge in the skills vocabulary re-points it. */
    @NotNull
    @Indexed
    @StringLength(60)
    String getSkillName();

    void setSkillName(String skillName);
}
