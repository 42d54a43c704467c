package org.rapport.help;

import org.rapport.platform.AnonymousPerson;
import org.rapport.tally.BoardFamily;
import org.rapport.tally.Tally;
import org.rapport.skills.SkillTag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Which counters a confirmed help entry moves, on the shared tally table (boards start with
 * {@code H}). Only confirmed entries move counters, so pending and declined help never counts.
 * <ul>
 *   <li>{@code HG|all} / {@code HR|all}, subject the person: help given / received;</li>
 *   <li>{@code HG|2026-11} / {@code HR|2026-11}: the same per month of the day of the help;</li>
 *   <li>{@code HS|person}, subject a skill: how often the person helped with that skill;</li>
 *   <li>{@code HC|person}, subject a colleague: confirmed entries between the two (either way);</li>
 *   <li>{@code HB|all}, subject the person: how many distinct colleagues (moved by the service
 *   when a {@code HC} counter appears or disappears);</li>
 *   <li>{@code HT|person}, subject a department: confirmed entries between the person and a
 *   colleague who was in that department when the entry was confirmed (the department recorded on
 *   the entry, see {@link HelpEntry});</li>
 *   <li>{@code HN|all}, subject the person: how many distinct departments their colleagues were in
 *   (moved by the service when a {@code HT} counter appears or disappears), so the ledger reads the
 *   breadth in departments as one counter whatever the number of colleagues.</li>
 * </ul>
 * The anonymous marker left by privacy erasure counts nowhere: no counter names it, and help
 * between a person and it moves only that person's given/received/month/skill counters.
 */
public final class HelpTallies {
    public static final String ALL = "all";
    /** Board names hold at most 190 characters: longer user keys are replaced by their SHA-256. */
    private static final int BOARD_PERSON_MAX = 180;

    private HelpTallies() {
    }

    public static Tally.Key given(String period, String person) {
        return new Tally.Key(BoardFamily.HELP_GIVEN.prefix() + period, person);
    }

    public static Tally.Key received(String period, String person) {
        return new Tally.Key(BoardFamily.HELP_RECEIVED.prefix() + period, person);
    }

    public static Tally.Key colleagues(String person) {
        return new Tally.Key(BoardFamily.HELP_BREADTH.prefix() + ALL, person);
    }

    public static Tally.Key departments(String person) {
        return new Tally.Key(BoardFamily.HELP_DEPARTMENT_COUNT.prefix() + ALL, person);
    }

    /** {@code HT|person}, subject a department: help with colleagues of that department. */
    public static Tally.Key department(String person, String department) {
        return new Tally.Key(BoardFamily.HELP_DEPARTMENTS.prefix() + boardPerson(person), department);
    }

    public static Tally.Key pair(String person, String colleague) {
        return new Tally.Key(BoardFamily.HELP_COLLEAGUES.prefix() + boardPerson(person), colleague);
    }

    /**
     * {@code HD|id}: 1 once the helped person decided on entry {@code id}. Its unique key is the
     * compare-and-set that lets only one of two racing decisions through (see HelpService).
     */
    public static Tally.Key decision(long entryId) {
        return new Tally.Key(BoardFamily.HELP_DECISION.prefix() + entryId, "decided");
    }

    public static String skillBoard(String person) {
        return BoardFamily.HELP_SKILLS.prefix() + boardPerson(person);
    }

    public static String month(YearMonth month) {
        return month.toString();
    }

    /**
     * The changes for confirming ({@code sign} +1) or removing (-1) a confirmed entry, without the
     * distinct counts ({@code HB}, {@code HN}), which depend on the counters' current values.
     */
    public static Map<Tally.Key, Integer> of(HelpEntry entry, int sign) {
        Map<Tally.Key, Integer> deltas = new HashMap<>();
        if (!entry.confirmed()) {
            return deltas;
        }
        String month = month(YearMonth.from(entry.helpedOn()));
        String helper = entry.helperKey();
        String helped = entry.helpedKey();
        if (!AnonymousPerson.is(helper)) {
            deltas.merge(given(ALL, helper), sign, Integer::sum);
            deltas.merge(given(month, helper), sign, Integer::sum);
            for (SkillTag skill : entry.skills()) {
                deltas.merge(new Tally.Key(skillBoard(helper), skill.name()), sign, Integer::sum);
            }
        }
        if (!AnonymousPerson.is(helped)) {
            deltas.merge(received(ALL, helped), sign, Integer::sum);
            deltas.merge(received(month, helped), sign, Integer::sum);
        }
        if (countsAsPair(entry)) {
            deltas.merge(pair(helper, helped), sign, Integer::sum);
            deltas.merge(pair(helped, helper), sign, Integer::sum);
            if (entry.helpedDepartment() != null) {
                deltas.merge(department(helper, entry.helpedDepartment()), sign, Integer::sum);
            }
            if (entry.helperDepartment() != null) {
                deltas.merge(department(helped, entry.helperDepartment()), sign, Integer::sum);
            }
        }
        return deltas;
    }

    /** The two people of the entry count as colleagues of each other: neither is the anonymous marker. */
    public static boolean countsAsPair(HelpEntry entry) {
        return !AnonymousPerson.is(entry.helperKey()) && !AnonymousPerson.is(entry.helpedKey());
    }

    private static String boardPerson(String person) {
        if (person.length() <= BOARD_PERSON_MAX) {
            return person;
        }
        try {
            return "#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(person.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
