package org.rapport.help;

import org.rapport.platform.WorkLink;
import org.rapport.skills.SkillTag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One act of help as stored: who helped whom, with what, and whether the helped person confirmed.
 * {@code helperDepartment} and {@code helpedDepartment} are the two people's departments in the org
 * chart when the entry was confirmed (null while not confirmed, for people without a department,
 * and for the side privacy erasure anonymised): the ledger's breadth in departments counts these,
 * so a later org import changes no counted help.
 */
public record HelpEntry(long id, String helperKey, String helpedKey, String loggedByKey, HelpStatus status,
                        String summary, String details, long kindId, List<SkillTag> skills, WorkLink link,
                        int minutes, LocalDate helpedOn, Instant createdAt, Instant decidedAt,
                        String helperDepartment, String helpedDepartment) {
    public HelpEntry {
        Objects.requireNonNull(helperKey, "helperKey");
        Objects.requireNonNull(helpedKey, "helpedKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        skills = List.copyOf(skills);
    }

    /** An entry without recorded departments (not confirmed, or nobody's department known). */
    public HelpEntry(long id, String helperKey, String helpedKey, String loggedByKey, HelpStatus status,
                     String summary, String details, long kindId, List<SkillTag> skills, WorkLink link,
                     int minutes, LocalDate helpedOn, Instant createdAt, Instant decidedAt) {
        this(id, helperKey, helpedKey, loggedByKey, status, summary, details, kindId, skills, link, minutes, helpedOn,
                createdAt, decidedAt, null, null);
    }

    /** The helper or the helped person. */
    public boolean involves(String userKey) {
        return helperKey.equals(userKey) || helpedKey.equals(userKey);
    }

    public boolean confirmed() {
        return status == HelpStatus.CONFIRMED;
    }

    /** The same entry in another state. */
    public HelpEntry withStatus(HelpStatus next, Instant decided) {
        return new HelpEntry(id, helperKey, helpedKey, loggedByKey, next, summary, details, kindId, skills, link, minutes,
                helpedOn, createdAt, decided, helperDepartment, helpedDepartment);
    }

    /** The same entry with the departments recorded at its confirmation. */
    public HelpEntry withDepartments(String helper, String helped) {
        return new HelpEntry(id, helperKey, helpedKey, loggedByKey, status, summary, details, kindId, skills, link, minutes,
                helpedOn, createdAt, decidedAt, helper, helped);
    }
}
