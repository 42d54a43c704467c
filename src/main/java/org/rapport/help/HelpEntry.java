package org.rapport.help;

import org.rapport.platform.WorkLink;
import org.rapport.skills.SkillTag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One act of help as stored: who helped whom, with what, and whether the helped person confirmed. */
public record HelpEntry(long id, String helperKey, String helpedKey, String loggedByKey, HelpStatus status,
                        String summary, String details, long kindId, List<SkillTag> skills, WorkLink link,
                        int minutes, LocalDate helpedOn, Instant createdAt, Instant decidedAt) {
    public HelpEntry {
        Objects.requireNonNull(helperKey, "helperKey");
        Objects.requireNonNull(helpedKey, "helpedKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        skills = List.copyOf(skills);
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
                helpedOn, createdAt, decided);
    }
}
