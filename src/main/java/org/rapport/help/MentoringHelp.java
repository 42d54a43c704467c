package org.rapport.help;

import org.rapport.org.OrgChart;
import org.rapport.platform.SystemClock;
import org.rapport.tally.TallyConflictException;
import org.rapport.tally.Tallies;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Help the mentoring room records for a pair: each check-in is confirmed help from mentor to mentee
 * of kind {@value #KIND}. Both methods run inside the caller's transaction (they open none) and move
 * the counters through the same code as a confirmation and a delete, so the ledger's counts equal a
 * recount whatever mentoring does.
 */
@Named
public class MentoringHelp {
    /** The kind code seeded by {@link org.rapport.help.ao.MentoringHelpKind}. */
    public static final String KIND = "mentoring";
    static final String SUMMARY = "Mentoring check-in";

    private final HelpStore store;
    private final HelpKindStore kinds;
    private final Tallies tallies;
    private final OrgChart org;
    private final SystemClock clock;

    @Inject
    public MentoringHelp(HelpStore store, HelpKindStore kinds, Tallies tallies, OrgChart org, SystemClock clock) {
        this.store = store;
        this.org = org;
        this.kinds = kinds;
        this.tallies = tallies;
        this.clock = clock;
    }

    /**
     * Adds confirmed help from the mentor to the mentee and counts it. The kind counts even if an admin
     * archived it: archiving hides a kind from the log form, the pair's choice stays theirs.
     *
     * @return the entry's id
     */
    public long record(String mentorKey, String menteeKey, String loggedByKey, LocalDate on, int minutes) {
        HelpKind kind = kinds.byCode(KIND).orElseThrow(() -> new IllegalStateException(
                "help kind '" + KIND + "' is missing: upgrade task 3 has not run"));
        HelpDraft draft = new HelpDraft(mentorKey, menteeKey, SUMMARY, "", KIND, List.of(), null,
                Math.min(minutes, HelpDraft.MINUTES_MAX), on);
        // Confirmed at once, so it records both departments now, as HelpService does on confirmation.
        Map<String, String> departments = org.departmentsOf(List.of(mentorKey, menteeKey));
        HelpEntry entry = store.insert(draft, loggedByKey, HelpStatus.CONFIRMED, kind.id(), clock.now(),
                new HelpStore.Departments(departments.get(mentorKey), departments.get(menteeKey)));
        HelpService.count(tallies, entry, 1);
        return entry.id();
    }

    /**
     * Removes an entry {@link #record} added, with its counts. An entry already gone (either person
     * may delete confirmed help on the ledger) is nothing to do. A delete racing this one makes the
     * transaction fail with a conflict for the caller to retry, so counts move once.
     *
     * @return false when there was nothing to remove
     */
    public boolean remove(long entryId) {
        HelpEntry entry = store.find(entryId).orElse(null);
        if (entry == null || !entry.confirmed()) {
            return false;
        }
        if (!store.deleteIf(entry.id(), HelpStatus.CONFIRMED)) {
            throw new TallyConflictException("help entry " + entryId + " changed meanwhile");
        }
        tallies.deleteBoard(HelpTallies.decision(entry.id()).board());
        HelpService.count(tallies, entry, -1);
        return true;
    }
}
