package org.rapport.skills;

/**
 * Port: a room that stores skill tags outside the vocabulary (mentoring profiles) and must follow
 * a merge. {@link SkillVocabulary#merge} calls it in the merge's own transaction, so the vocabulary
 * stays the owner of tags and does not depend on the rooms. The help ledger re-points its entries
 * itself (HelpAdminService), because it also moves its counters.
 */
public interface SkillUses {
    /** Every use of {@code from} becomes {@code into}, without creating duplicates. */
    void repoint(SkillTag from, SkillTag into);

    /** For a vocabulary without other users (tests, tools). */
    SkillUses NONE = (from, into) -> { };
}
