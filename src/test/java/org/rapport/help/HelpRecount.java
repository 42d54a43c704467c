package org.rapport.help;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.platform.AnonymousPerson;
import org.rapport.tally.ao.TallyEntity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts the help counters again from the rows, without the code that moves them (mirrors the
 * recognition room's Recount): only confirmed entries count; the helper under given, the helped
 * person under received (all time and the month of the help), the helper's skills, each pair of
 * colleagues both ways and each person's number of distinct colleagues, the departments recorded on
 * the entries (the other person's, both ways) and each person's number of distinct departments. The anonymous marker
 * counts nowhere. Decision markers ({@code HD|id}) are not counters and are left out.
 */
public final class HelpRecount {
    private HelpRecount() {
    }

    /** Counter text ({@code BOARD|SUBJECT}) to count for the help boards, as recounted from the rows. */
    public static Map<String, Integer> expected(ActiveObjects ao) {
        Map<Integer, List<String>> skills = new HashMap<>();
        for (HelpSkillEntity row : ao.find(HelpSkillEntity.class, Query.select(HelpSkillEntity.ALL_COLUMNS))) {
            skills.computeIfAbsent(row.getEntryId(), k -> new ArrayList<>()).add(row.getSkillName());
        }
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Set<String>> colleagues = new HashMap<>();
        Map<String, Set<String>> departments = new HashMap<>();
        for (HelpEntryEntity row : ao.find(HelpEntryEntity.class, Query.select(HelpEntryEntity.ALL_COLUMNS))) {
            if (!HelpStatus.CONFIRMED.name().equals(row.getStatus())) {
                continue;
            }
            String helper = row.getHelperKey();
            String helped = row.getHelpedKey();
            String month = YearMonth.from(LocalDate.parse(row.getHelpedOn())).toString();
            count(counts, "HG|all", helper);
            count(counts, "HG|" + month, helper);
            count(counts, "HR|all", helped);
            count(counts, "HR|" + month, helped);
            if (!AnonymousPerson.is(helper)) {
                for (String skill : skills.getOrDefault(row.getID(), List.of())) {
                    count(counts, "HS|" + helper, skill);
                }
            }
            if (!AnonymousPerson.is(helper) && !AnonymousPerson.is(helped)) {
                count(counts, "HC|" + helper, helped);
                count(counts, "HC|" + helped, helper);
                colleagues.computeIfAbsent(helper, k -> new TreeSet<>()).add(helped);
                colleagues.computeIfAbsent(helped, k -> new TreeSet<>()).add(helper);
                // Departments as recorded on the entry when it was confirmed.
                if (row.getHelpedDept() != null) {
                    count(counts, "HT|" + helper, row.getHelpedDept());
                    departments.computeIfAbsent(helper, k -> new TreeSet<>()).add(row.getHelpedDept());
                }
                if (row.getHelperDept() != null) {
                    count(counts, "HT|" + helped, row.getHelperDept());
                    departments.computeIfAbsent(helped, k -> new TreeSet<>()).add(row.getHelperDept());
                }
            }
        }
        colleagues.forEach((person, set) -> counts.put("HB|all|" + person, set.size()));
        departments.forEach((person, set) -> counts.put("HN|all|" + person, set.size()));
        return counts;
    }

    /** What the counters table holds on the help boards (decision markers left out). */
    public static Map<String, Integer> actual(ActiveObjects ao) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TallyEntity row : ao.find(TallyEntity.class, Query.select(TallyEntity.ALL_COLUMNS))) {
            if (row.getBoard().startsWith("H") && !row.getBoard().startsWith("HD|")) {
                counts.put(row.getBoard() + "|" + row.getSubject(), row.getTally());
            }
        }
        return counts;
    }

    private static void count(Map<String, Integer> counts, String board, String subject) {
        if (!AnonymousPerson.is(subject)) {
            counts.merge(board + "|" + subject, 1, Integer::sum);
        }
    }
}
