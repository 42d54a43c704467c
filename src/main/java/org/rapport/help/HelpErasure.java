package org.rapport.help;

import org.rapport.platform.Actor;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;
import org.rapport.tally.Tallies;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;

/**
 * The help room's part of privacy erasure, called by the privacy service (which owns the request
 * and the other rooms); it re-checks that the caller is an admin.
 *
 * <p>Works in chunks of at most {@value #CHUNK} entries, each its own transaction that leaves the
 * help counters equal to a recount, so a stopped erasure is finished by running it again and a run
 * over an erased person changes nothing. The person's own notifications (help waiting for their
 * confirmation) are the privacy service's: it removes every notification sent to them.
 * <ul>
 *   <li>{@link #delete}: every entry where the person is helper or helped goes, with its skills,
 *   its decision marker, its counters (the other person's counters move as if it was deleted) and
 *   the pending notice it caused;</li>
 *   <li>{@link #anonymise}: entries stay with the anonymous marker in place of the person (it
 *   counts nowhere); details the person wrote (entries they logged) are dropped, because details
 *   are free text that is likely to identify them; the one-line summary stays.</li>
 * </ul>
 */
@Named
public class HelpErasure {
    static final int CHUNK = 50;

    private final HelpStore store;
    private final Tallies tallies;
    private final HelpNotifier notifier;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public HelpErasure(HelpStore store, Tallies tallies, HelpNotifier notifier, Transactions transactions, Permissions permissions) {
        this.store = store;
        this.tallies = tallies;
        this.notifier = notifier;
        this.transactions = transactions;
        this.permissions = permissions;
    }

    /** What one erasure changed in the help ledger (a re-run answers zeros). */
    public record Result(int entriesDeleted, int entriesAnonymised, int detailsRemoved) {
        public Result plus(Result o) {
            return new Result(entriesDeleted + o.entriesDeleted, entriesAnonymised + o.entriesAnonymised,
                    detailsRemoved + o.detailsRemoved);
        }
    }

    public Result delete(Actor actor, String personKey) {
        permissions.requireAdmin(actor, "erase a person's help");
        Result total = new Result(0, 0, 0);
        while (true) {
            Result chunk = HelpService.retrying(() -> transactions.write(() -> {
                List<HelpEntry> entries = store.involving(personKey, CHUNK);
                int deleted = 0;
                for (HelpEntry entry : entries) {
                    if (entry.status() == HelpStatus.PENDING) {
                        // As a withdrawal does: a racing confirmation fails, or this chunk re-reads the entry.
                        HelpService.takeDecisionSlot(tallies, entry);
                    }
                    if (!store.deleteIf(entry.id(), entry.status())) {
                        // Decided meanwhile: the next chunk reads it again.
                        continue;
                    }
                    // A withdrawn pending entry keeps its decision marker as a tombstone: a confirmation that read
                    // the entry as pending before this commits then collides with the marker and, retried, finds the
                    // entry gone. Removing the marker let that confirmation through, and its save() of the deleted
                    // row (AO does not report an UPDATE of no rows) counted help that no longer existed.
                    if (entry.status() != HelpStatus.PENDING) {
                        tallies.deleteBoard(HelpTallies.decision(entry.id()).board());
                    }
                    if (entry.confirmed()) {
                        HelpService.count(tallies, entry, -1);
                    } else if (entry.status() == HelpStatus.PENDING) {
                        notifier.settled(entry);
                    }
                    deleted++;
                }
                return new Result(deleted, 0, 0);
            }));
            if (chunk.entriesDeleted() == 0) {
                break;
            }
            total = total.plus(chunk);
        }
        removeLeftOverBoards(personKey);
        return total;
    }

    public Result anonymise(Actor actor, String personKey) {
        permissions.requireAdmin(actor, "erase a person's help");
        Result total = new Result(0, 0, 0);
        while (true) {
            Result chunk = HelpService.retrying(() -> transactions.write(() -> {
                List<HelpEntry> entries = store.involving(personKey, CHUNK);
                int anonymised = 0;
                int details = 0;
                for (HelpEntry before : entries) {
                    if (store.replacePerson(before.id(), personKey, AnonymousPerson.KEY, true)) {
                        details++;
                    }
                    HelpEntry after = store.find(before.id()).orElse(null);
                    if (after == null) {
                        continue;
                    }
                    if (before.confirmed()) {
                        HelpService.count(tallies, before, -1);
                        HelpService.count(tallies, after, 1);
                    }
                    anonymised++;
                }
                return new Result(0, anonymised, details);
            }));
            if (chunk.entriesAnonymised() == 0) {
                break;
            }
            total = total.plus(chunk);
        }
        removeLeftOverBoards(personKey);
        return total;
    }

    /** The person's skill, colleague and department boards, empty already when the counters were exact. */
    private void removeLeftOverBoards(String personKey) {
        transactions.write(() -> {
            tallies.deleteBoard(HelpTallies.skillBoard(personKey));
            tallies.deleteBoard(HelpTallies.pair(personKey, personKey).board());
            tallies.deleteBoard(HelpTallies.department(personKey, "-").board());
            return null;
        });
    }
}
