package org.rapport.help;

import org.rapport.recognition.Tally;
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
 *   when a {@code HC} counter appears or disappears).</li>
 * </ul>
 */
public final class HelpTallies {
    public static final String ALL = "all";
    /** Board names hold at most 190 characters: longer user keys are replaced by their SHA-256. */
    private static final int BOARD_PERSON_MAX = 180;

    private HelpTallies() {
    }

    public static Tally.Key given(String period, String person) {
        return new Tally.Key("HG|" + period, person);
    }

    public static Tally.Key received(String period, String person) {
        return new Tally.Key("HR|" + period, person);
    }

    public static Tally.Key colleagues(String person) {
        return new Tally.Key("HB|" + ALL, person);
    }

    public static Tally.Key pair(String person, String colleague) {
        return new Tally.Key("HC|" + boardPerson(person), colleague);
    }

    /**
     * {@code HD|id}: 1 once the helped person decided on entry {@code id}. Its unique key is the
     * compare-and-set that lets only one of two racing decisions through (see HelpService).
     */
    public static Tally.Key decision(long entryId) {
        return new Tally.Key("HD|" + entryId, "decided");
    }

    public static String skillBoard(String person) {
        return "HS|" + boardPerson(person);
    }

    public static String month(YearMonth month) {
        return month.toString();
    }

    /** The changes for confirming ({@code sign} +1) or removing (-1) a confirmed entry, without breadth. */
    public static Map<Tally.Key, Integer> of(HelpEntry entry, int sign) {
        Map<Tally.Key, Integer> deltas = new HashMap<>();
        if (!entry.confirmed()) {
            return deltas;
        }
        String month = month(YearMonth.from(entry.helpedOn()));
        deltas.merge(given(ALL, entry.helperKey()), sign, Integer::sum);
        deltas.merge(received(ALL, entry.helpedKey()), sign, Integer::sum);
        deltas.merge(given(month, entry.helperKey()), sign, Integer::sum);
        deltas.merge(received(month, entry.helpedKey()), sign, Integer::sum);
        for (SkillTag skill : entry.skills()) {
            deltas.merge(new Tally.Key(skillBoard(entry.helperKey()), skill.name()), sign, Integer::sum);
        }
        deltas.merge(pair(entry.helperKey(), entry.helpedKey()), sign, Integer::sum);
        deltas.merge(pair(entry.helpedKey(), entry.helperKey()), sign, Integer::sum);
        return deltas;
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
