package org.rapport.help.rest;

import org.rapport.people.rest.PersonJson;

import java.util.List;

/** A person's ledger summary; {@code departments} is null while the org chart is unknown. */
public record LedgerJson(PersonJson person, int given, int received, int colleagues, Integer departments,
                         List<SkillCount> topSkills, List<Month> months, List<HelpJson> pending,
                         List<HelpJson> awaiting) {
    public record SkillCount(String skill, int count) {
    }

    public record Month(String month, int given, int received) {
    }
}
