package org.rapport.privacy;

import org.rapport.help.HelpErasure;
import org.rapport.mentoring.MentoringErasure;
import org.rapport.notification.NotificationStore;
import org.rapport.platform.Actor;
import org.rapport.platform.AnonymousPerson;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;
import org.rapport.recognition.CommentStore;
import org.rapport.recognition.ReactionKind;
import org.rapport.recognition.ReactionStore;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.RecognitionStore;
import org.rapport.recognition.RecognitionTallies;
import org.rapport.recognition.Tally;
import org.rapport.recognition.TallyStore;
import org.rapport.recognition.moderation.ModerationStore;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Erases what one person gave and received, on an admin's request (see {@link ErasureMode}):
 * recognitions, reactions, comments, reports, moderation records and notifications here, the help
 * ledger through the help room's {@link HelpErasure}, mentoring profiles and pairings through {@link MentoringErasure}.
 *
 * <p>The work runs in chunks of at most {@value #CHUNK} recognitions (or rows), each chunk its own
 * transaction that leaves everything consistent: the counters always equal a recount of what is
 * left. So a person with thousands of recognitions never holds one huge transaction, and an
 * erasure that stopped half-way (a node restart, a timeout) is finished by running it again;
 * a run over an already erased person changes nothing.
 */
@Named
public class PrivacyService {
    static final int CHUNK = 50;
    private static final int ROWS = 200;

    private final RecognitionStore recognitions;
    private final TallyStore tallies;
    private final ReactionStore reactions;
    private final CommentStore comments;
    private final ModerationStore moderation;
    private final NotificationStore notifications;
    private final HelpErasure help;
    private final MentoringErasure mentoring;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public PrivacyService(RecognitionStore recognitions, TallyStore tallies, ReactionStore reactions, CommentStore comments,
                          ModerationStore moderation, NotificationStore notifications, HelpErasure help, MentoringErasure mentoring,
                          Transactions transactions, Permissions permissions) {
        this.help = help;
        this.mentoring = mentoring;
        this.recognitions = recognitions;
        this.tallies = tallies;
        this.reactions = reactions;
        this.comments = comments;
        this.moderation = moderation;
        this.notifications = notifications;
        this.transactions = transactions;
        this.permissions = permissions;
    }

    public ErasureResult erase(Actor actor, ErasureRequest request) {
        permissions.requireAdmin(actor, "erase a person's data");
        String person = request.userKey();
        boolean delete = request.mode() == ErasureMode.DELETE;
        Counts counts = new Counts();

        // What they gave: deleted, or their key replaced.
        while (true) {
            List<Recognition> chunk = recognitions.givenBy(person, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            chunk(counts, c -> {
                for (Recognition r : chunk) {
                    if (delete) {
                        deleteRecognition(r);
                        c.recognitionsDeleted++;
                    } else {
                        anonymise(r, person);
                        c.recognitionsAnonymised++;
                    }
                }
            });
        }
        // What they received: they leave the recipients (an emptied recognition goes), or their key is replaced.
        while (true) {
            List<Recognition> chunk = recognitions.receivedBy(person, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            chunk(counts, c -> {
                for (Recognition r : chunk) {
                    if (delete) {
                        removeRecipient(r, person, c);
                    } else {
                        anonymise(r, person);
                        c.recipientEntriesAnonymised++;
                    }
                }
            });
        }
        // Their reactions, taken off the reaction counters.
        while (true) {
            List<ReactionStore.Given> chunk = reactions.byReactor(person, ROWS);
            if (chunk.isEmpty()) {
                break;
            }
            chunk(counts, c -> {
                Map<Tally.Key, Integer> deltas = new HashMap<>();
                for (ReactionStore.Given reaction : chunk) {
                    deltas.merge(new Tally.Key(ReactionKind.board(reaction.recognitionId()), reaction.kind().name()), -1, Integer::sum);
                }
                tallies.add(deltas);
                c.reactionsRemoved += reactions.delete(person, chunk.stream().map(ReactionStore.Given::id).toList());
            });
        }
        // The help ledger erases its own rows (before the notifications below, so its notices go with them).
        HelpErasure.Result helped = delete ? help.delete(actor, person) : help.anonymise(actor, person);
        counts.helpEntriesDeleted += helped.entriesDeleted();
        counts.helpEntriesAnonymised += helped.entriesAnonymised();
        counts.helpDetailsRemoved += helped.detailsRemoved();
        MentoringErasure.Result mentored = mentoring.erase(actor, person, delete);
        counts.mentoringProfilesRemoved += mentored.profilesRemoved();
        counts.mentoringPairingsDeleted += mentored.pairingsDeleted();
        counts.mentoringPairingsAnonymised += mentored.pairingsAnonymised();
        if (delete) {
            chunk(counts, c -> c.commentsRemoved += comments.deleteByAuthor(person));
        } else {
            repeat(() -> comments.replaceAuthor(person, AnonymousPerson.KEY, ROWS), n -> counts.commentsAnonymised += n);
            repeat(() -> notifications.replaceActor(person, AnonymousPerson.KEY, ROWS), n -> counts.notificationsAnonymised += n);
        }
        chunk(counts, c -> {
            c.reportsRemoved += moderation.deleteReportsBy(person);
            c.notificationsRemoved += notifications.deleteForRecipient(person);
            // Only left-overs: every counter of theirs went with their recognitions above.
            c.countersRemoved += tallies.deleteSubject(person);
        });
        repeat(() -> moderation.replaceModerator(person, AnonymousPerson.KEY, ROWS), n -> counts.moderationEntriesAnonymised += n);
        return counts.result(person, request.mode());
    }

    private void deleteRecognition(Recognition r) {
        tallies.add(RecognitionTallies.of(r, -1));
        tallies.deleteBoard(ReactionKind.board(r.id()));
        reactions.deleteForRecognition(r.id());
        comments.deleteForRecognition(r.id());
        notifications.deleteForRecognition(r.id());
        moderation.deleteForRecognition(r.id());
        recognitions.delete(r.id());
    }

    private void removeRecipient(Recognition r, String person, Counts counts) {
        List<String> remaining = new ArrayList<>(r.recipientKeys());
        remaining.remove(person);
        if (remaining.isEmpty()) {
            deleteRecognition(r);
            counts.recognitionsDeleted++;
            counts.recipientEntriesRemoved++;
            return;
        }
        counts.recipientEntriesRemoved += recognitions.removeRecipient(r.id(), person);
        counts.notificationsRemoved += notifications.deleteForRecipient(r.id(), person);
        Recognition after = new Recognition(r.id(), r.giverKey(), remaining, r.categoryId(), r.message(), r.link(), r.visibility(),
                r.hidden(), r.createdAt(), r.updatedAt());
        tallies.add(RecognitionTallies.plus(RecognitionTallies.of(r, -1), RecognitionTallies.of(after, 1)));
    }

    private void anonymise(Recognition r, String person) {
        recognitions.replacePerson(r.id(), person, AnonymousPerson.KEY);
        Recognition after = recognitions.find(r.id()).orElse(r);
        tallies.add(RecognitionTallies.plus(RecognitionTallies.of(r, -1), RecognitionTallies.of(after, 1)));
    }

    /**
     * One chunk in one transaction, run again when it lost a race on a counter; what it counted is
     * added to {@code total} only once it committed.
     */
    private void chunk(Counts total, Consumer<Counts> work) {
        Counts done = RecognitionService.retrying(() -> transactions.write(() -> {
            Counts attempt = new Counts();
            work.accept(attempt);
            return attempt;
        }));
        total.add(done);
    }

    /** Runs a bounded step in its own transaction until it changes nothing. */
    private void repeat(Supplier<Integer> step, IntConsumer changed) {
        while (true) {
            int n = RecognitionService.retrying(() -> transactions.write(step::get));
            if (n == 0) {
                return;
            }
            changed.accept(n);
        }
    }

    private static final class Counts {
        int recognitionsDeleted;
        int recognitionsAnonymised;
        int recipientEntriesRemoved;
        int recipientEntriesAnonymised;
        int reactionsRemoved;
        int commentsRemoved;
        int commentsAnonymised;
        int reportsRemoved;
        int notificationsRemoved;
        int notificationsAnonymised;
        int moderationEntriesAnonymised;
        int countersRemoved;
        int helpEntriesDeleted;
        int helpEntriesAnonymised;
        int helpDetailsRemoved;
        int mentoringProfilesRemoved;
        int mentoringPairingsDeleted;
        int mentoringPairingsAnonymised;

        void add(Counts o) {
            recognitionsDeleted += o.recognitionsDeleted;
            recognitionsAnonymised += o.recognitionsAnonymised;
            recipientEntriesRemoved += o.recipientEntriesRemoved;
            recipientEntriesAnonymised += o.recipientEntriesAnonymised;
            reactionsRemoved += o.reactionsRemoved;
            commentsRemoved += o.commentsRemoved;
            commentsAnonymised += o.commentsAnonymised;
            reportsRemoved += o.reportsRemoved;
            notificationsRemoved += o.notificationsRemoved;
            notificationsAnonymised += o.notificationsAnonymised;
            moderationEntriesAnonymised += o.moderationEntriesAnonymised;
            countersRemoved += o.countersRemoved;
            helpEntriesDeleted += o.helpEntriesDeleted;
            helpEntriesAnonymised += o.helpEntriesAnonymised;
            helpDetailsRemoved += o.helpDetailsRemoved;
            mentoringProfilesRemoved += o.mentoringProfilesRemoved;
            mentoringPairingsDeleted += o.mentoringPairingsDeleted;
            mentoringPairingsAnonymised += o.mentoringPairingsAnonymised;
        }

        ErasureResult result(String person, ErasureMode mode) {
            return new ErasureResult(person, mode, recognitionsDeleted, recognitionsAnonymised, recipientEntriesRemoved,
                    recipientEntriesAnonymised, reactionsRemoved, commentsRemoved, commentsAnonymised, reportsRemoved,
                    notificationsRemoved, notificationsAnonymised, moderationEntriesAnonymised, countersRemoved,
                    helpEntriesDeleted, helpEntriesAnonymised, helpDetailsRemoved, mentoringProfilesRemoved,
                    mentoringPairingsDeleted, mentoringPairingsAnonymised);
        }
    }
}
