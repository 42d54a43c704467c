package org.rapport.mentoring.profile;

import org.rapport.skills.SkillTag;
import org.rapport.skills.SkillUses;

import javax.inject.Inject;
import javax.inject.Named;

/** Mentoring's side of a skills merge: offered and wanted tags follow the merged tag. */
@Named
public class MentoringSkillUses implements SkillUses {
    private final MentoringStore store;

    @Inject
    public MentoringSkillUses(MentoringStore store) {
        this.store = store;
    }

    @Override
    public void repoint(SkillTag from, SkillTag into) {
        store.repointSkill(from.name(), into.name());
    }
}
