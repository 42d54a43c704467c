package org.rapport.help;

import java.util.List;

/**
 * A person's ledger at a glance: confirmed help given and received, breadth (distinct colleagues,
 * and the distinct departments the org chart gives those colleagues), top skills as a helper, the
 * last months given and received, and (on one's own ledger) the entries waiting for one's decision
 * ({@code pending}) and the help one logged that waits for the other person's ({@code awaiting}).
 */
public record HelpLedger(String personKey, int given, int received, int colleagues, Integer departments,
                         List<SkillCount> topSkills, List<Month> months, List<HelpEntry> pending, List<HelpEntry> awaiting) {
    public HelpLedger {
        topSkills = List.copyOf(topSkills);
        months = List.copyOf(months);
        pending = List.copyOf(pending);
        awaiting = List.copyOf(awaiting);
    }

    public record SkillCount(String skill, int count) {
    }

    /** {@code month} is {@code yyyy-MM}. */
    public record Month(String month, int given, int received) {
    }
}
