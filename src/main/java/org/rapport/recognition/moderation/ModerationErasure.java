package org.rapport.recognition.moderation;

import org.rapport.platform.Actor;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;
import org.rapport.recognition.ModerationRecords;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * Moderation's part of privacy erasure: the person's own reports go (both modes: a report names
 * its reporter and says why), and where they moderated, their key is replaced by the anonymous
 * marker (the record of what was hidden and why stays). Also removes moderation's records of a
 * recognition that the recognition room's erasure deletes, in that transaction.
 */
@Named
public class ModerationErasure implements ModerationRecords {
    private static final int ROWS = 200;

    private final ModerationStore store;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public ModerationErasure(ModerationStore store, Transactions transactions, Permissions permissions) {
        this.store = store;
        this.transactions = transactions;
        this.permissions = permissions;
    }

    /** What one erasure changed in moderation (a re-run answers zeros). */
    public record Result(int reportsRemoved, int moderationEntriesAnonymised) {
    }

    public Result erase(Actor actor, String person) {
        permissions.requireAdmin(actor, "erase a person's moderation records");
        int reports = transactions.write(() -> store.deleteReportsBy(person));
        int anonymised = 0;
        for (int n = replaceSome(person); n > 0; n = replaceSome(person)) {
            anonymised += n;
        }
        return new Result(reports, anonymised);
    }

    private int replaceSome(String person) {
        return transactions.write(() -> store.replaceModerator(person, AnonymousPerson.KEY, ROWS));
    }

    @Override
    public void deleteFor(long recognitionId) {
        store.deleteForRecognition(recognitionId);
    }
}
