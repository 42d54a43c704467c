package org.rapport.mentoring.checkin;

import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.mentoring.pairing.MentorshipStatus;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reminds both people of an active pairing once its check-in is overdue, once per lapse (a lapse is one
 * value of {@code NEXT_DUE_AT}), whichever node runs it and however many run it at once.
 *
 * <p>Each pairing is claimed in its own transaction: lock the row, read it again, and only if it is
 * still active, still due at the same time and not yet reminded of that time, set
 * {@code REMINDED_DUE_AT = NEXT_DUE_AT} and notify. This is the conditional
 * {@code UPDATE ... WHERE NEXT_DUE_AT = ? AND REMINDED_DUE_AT <> ?} done with what Active Objects offers
 * (no UPDATE with a WHERE clause, no row count from {@code save()}): a second runner's lock waits for the
 * first to commit, and its re-read (a new statement under READ COMMITTED, which Jira and Confluence
 * require of their databases) sees the claim and skips. Reads are bounded batches.
 */
@Named
public class OverdueReminders {
    public static final int BATCH = 100;
    /** At most this many batches per run; the next run continues. */
    public static final int BATCHES_MAX = 50;
    private static final Logger LOG = LoggerFactory.getLogger(OverdueReminders.class);

    private final RhythmStore rhythm;
    private final PairingCounters counters;
    private final OverdueNotifier notifier;
    private final Transactions transactions;
    private final SystemClock clock;

    @Inject
    public OverdueReminders(RhythmStore rhythm, PairingCounters counters, OverdueNotifier notifier,
                            Transactions transactions, SystemClock clock) {
        this.rhythm = rhythm;
        this.counters = counters;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * One run: walks the overdue active pairings in due order, {@value #BATCH} at a time, at most
     * {@value #BATCHES_MAX} batches, and claims each lapse not reminded yet (the next run continues
     * whatever is left). One pairing failing is logged and does not stop the others.
     *
     * @return how many pairings were reminded
     */
    public int run() {
        Instant now = clock.now();
        int reminded = 0;
        RhythmStore.Lapse after = null;
        for (int batch = 0; batch < BATCHES_MAX; batch++) {
            List<RhythmStore.Lapse> page = rhythm.overdue(now, after, BATCH);
            for (RhythmStore.Lapse lapse : page) {
                if (!lapse.unreminded()) {
                    continue;
                }
                try {
                    if (claim(lapse.id(), lapse.dueAt(), now)) {
                        reminded++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Reminding pairing {} of its overdue check-in failed; the next run tries again", lapse.id(), e);
                }
            }
            if (page.size() < BATCH) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        return reminded;
    }

    /** Claims one lapse and notifies both people, in one transaction; false when it was not ours to claim. */
    boolean claim(long pairingId, Instant seenDueAt, Instant now) {
        return transactions.write(() -> {
            Mentorship m = counters.lock(pairingId);
            Instant due = m.nextDueAt();
            if (m.status() != MentorshipStatus.ACTIVE || due == null || !due.equals(seenDueAt)
                    || !now.isAfter(due) || rhythm.remindedDueAt(m.id()).filter(due::equals).isPresent()) {
                return false;
            }
            rhythm.markReminded(m.id(), Objects.requireNonNull(due));
            notifier.checkInOverdue(m);
            return true;
        });
    }
}
