package org.rapport.recognition;

import org.rapport.tally.Tally;
import org.rapport.tally.Tallies;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reactions to recognitions: anyone who may see a recognition can toggle each kind once. Counts
 * are counters on the recognition's own board, moved in the toggle's transaction.
 */
@Named
public class ReactionService {
    public static final int SUMMARIES_MAX = 50;

    private final RecognitionService recognitions;
    private final RecognitionStore store;
    private final ReactionStore reactions;
    private final Tallies tallies;
    private final Transactions transactions;

    @Inject
    public ReactionService(RecognitionService recognitions, RecognitionStore store, ReactionStore reactions,
                           Tallies tallies, Transactions transactions) {
        this.recognitions = recognitions;
        this.store = store;
        this.reactions = reactions;
        this.tallies = tallies;
        this.transactions = transactions;
    }

    /** The reactions on one recognition: a count per kind and the kinds the caller gave. */
    public record Summary(long recognitionId, Map<ReactionKind, Integer> counts, Set<ReactionKind> mine) {
    }

    /** Adds or removes the caller's reaction of this kind; not found when they may not see it. */
    public Summary toggle(Actor actor, long recognitionId, ReactionKind kind) {
        Recognition recognition = recognitions.get(actor, recognitionId);
        RecognitionService.retrying(() -> transactions.write(() -> {
            boolean added = reactions.toggle(recognition.id(), actor.userKey(), kind);
            tallies.add(Map.of(new Tally.Key(ReactionKind.board(recognition.id()), kind.name()), added ? 1 : -1));
            if (added) {
                // Bundled: the giver has one unread "reacted" notice per recognition, not one per click.
                recognitions.notifier().reacted(recognition, actor.userKey());
            }
            return added;
        }));
        return summaries(actor, List.of(recognition.id())).get(0);
    }

    /**
     * Summaries for up to {@value #SUMMARIES_MAX} recognitions, skipping those the caller may not
     * see: four SELECTs (recognitions, recipients, counters, the caller's reactions).
     */
    public List<Summary> summaries(Actor actor, List<Long> recognitionIds) {
        if (recognitionIds.size() > SUMMARIES_MAX) {
            throw new InvalidInputException(FieldError.of("ids", "rapport.error.too.many", SUMMARIES_MAX));
        }
        List<Recognition> visible = recognitions.visibleAmong(actor, store.findAll(recognitionIds));
        List<Tally.Key> keys = new ArrayList<>();
        for (Recognition r : visible) {
            for (ReactionKind kind : ReactionKind.values()) {
                keys.add(new Tally.Key(ReactionKind.board(r.id()), kind.name()));
            }
        }
        Map<Tally.Key, Integer> counts = tallies.counts(keys);
        Map<Long, Set<ReactionKind>> mine = reactions.mine(visible.stream().map(Recognition::id).toList(), actor.userKey());
        return visible.stream().map(r -> {
            Map<ReactionKind, Integer> perKind = new EnumMap<>(ReactionKind.class);
            for (ReactionKind kind : ReactionKind.values()) {
                perKind.put(kind, counts.getOrDefault(new Tally.Key(ReactionKind.board(r.id()), kind.name()), 0));
            }
            return new Summary(r.id(), perKind, mine.getOrDefault(r.id(), EnumSet.noneOf(ReactionKind.class)));
        }).toList();
    }
}
