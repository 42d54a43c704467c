package org.rapport.help;

import org.rapport.org.OrgChart;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.Transactions;
import org.rapport.tally.Tally;
import org.rapport.tally.BoardFamily;
import org.rapport.tally.Tallies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recounts the breadth-in-departments counters ({@code HT|person} by department and {@code HN|all}
 * per person, see {@link HelpTallies}) from the confirmed entries, and first records the org chart's
 * current departments on confirmed entries that have none recorded (entries confirmed before model
 * version 5, when the ledger looked departments up on every read).
 *
 * <p>Meant for the upgrade task (run under AO's cluster lock before the plugin serves requests) and
 * for tests; not for a running system, where the service keeps the counters in each transaction.
 * Re-runnable: a stopped run is finished by running it again (the counters are rewritten whole, and
 * only entries still without departments are filled). Memory: one small map per person with help.
 */
public final class HelpDepartmentsRecount {
    /** Entries read per SELECT; their two people stay within one org lookup. */
    static final int CHUNK = Math.min(500, OrgChart.KEYS_MAX / 2);
    private static final int WRITE_CHUNK = 500;

    private final HelpStore store;
    private final Tallies tallies;
    private final OrgChart org;
    private final Transactions transactions;

    public HelpDepartmentsRecount(HelpStore store, Tallies tallies, OrgChart org, Transactions transactions) {
        this.store = store;
        this.tallies = tallies;
        this.org = org;
        this.transactions = transactions;
    }

    /** What a run did. */
    public record Result(int entriesRead, int entriesFilled, int people, int counters) {
    }

    public Result run() {
        Map<String, Map<String, Integer>> byPerson = new HashMap<>();
        int read = 0;
        int filled = 0;
        long after = 0;
        while (true) {
            List<HelpStore.Sides> chunk = store.confirmedAfter(after, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            Map<Long, HelpStore.Departments> missing = fill(chunk);
            // One transaction per chunk: one commit (and log flush) per 500 entries, not per UPDATE.
            transactions.write(() -> {
                store.setDepartments(missing);
                return null;
            });
            filled += missing.size();
            for (HelpStore.Sides sides : chunk) {
                HelpStore.Departments departments = missing.getOrDefault(sides.id(), sides.departments());
                // As HelpTallies.of: help with the anonymous marker counts in no one's breadth.
                if (AnonymousPerson.is(sides.helperKey()) || AnonymousPerson.is(sides.helpedKey())) {
                    continue;
                }
                if (departments.helped() != null) {
                    byPerson.computeIfAbsent(sides.helperKey(), k -> new HashMap<>()).merge(departments.helped(), 1, Integer::sum);
                }
                if (departments.helper() != null) {
                    byPerson.computeIfAbsent(sides.helpedKey(), k -> new HashMap<>()).merge(departments.helper(), 1, Integer::sum);
                }
            }
            read += chunk.size();
            after = chunk.get(chunk.size() - 1).id();
        }
        // The counters are rewritten in one transaction: a stopped run leaves the old ones whole.
        int entriesRead = read;
        int entriesFilled = filled;
        return transactions.write(() -> writeCounters(byPerson, entriesRead, entriesFilled));
    }

    private Result writeCounters(Map<String, Map<String, Integer>> byPerson, int read, int filled) {
        tallies.deleteBoardsStartingWith(BoardFamily.HELP_DEPARTMENTS.prefix());
        tallies.deleteBoard(HelpTallies.departments("-").board());
        int counters = 0;
        Map<Tally.Key, Integer> batch = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> person : byPerson.entrySet()) {
            for (Map.Entry<String, Integer> department : person.getValue().entrySet()) {
                batch.put(HelpTallies.department(person.getKey(), department.getKey()), department.getValue());
            }
            batch.put(HelpTallies.departments(person.getKey()), person.getValue().size());
            if (batch.size() >= WRITE_CHUNK) {
                counters += batch.size();
                tallies.add(batch);
                batch = new LinkedHashMap<>();
            }
        }
        counters += batch.size();
        tallies.add(batch);
        return new Result(read, filled, byPerson.size(), counters);
    }

    /** The current departments of the chunk's entries that have none recorded, in one org lookup. */
    private Map<Long, HelpStore.Departments> fill(List<HelpStore.Sides> chunk) {
        List<HelpStore.Sides> empty = chunk.stream().filter(s -> s.departments().isEmpty()).toList();
        if (empty.isEmpty()) {
            return Map.of();
        }
        List<String> keys = new ArrayList<>();
        empty.forEach(s -> {
            keys.add(s.helperKey());
            keys.add(s.helpedKey());
        });
        Map<String, String> departments = org.departmentsOf(keys);
        Map<Long, HelpStore.Departments> result = new LinkedHashMap<>();
        for (HelpStore.Sides sides : empty) {
            HelpStore.Departments found = new HelpStore.Departments(departments.get(sides.helperKey()), departments.get(sides.helpedKey()));
            if (!found.isEmpty()) {
                result.put(sides.id(), found);
            }
        }
        return result;
    }
}
