package org.rapport.recognition;

import org.rapport.tally.Tally;
import org.rapport.tally.Tallies;
import org.rapport.admin.SettingsService;
import org.rapport.org.OrgChart;
import org.rapport.platform.Actor;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.Permissions;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.SystemClock;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Leaderboards and personal counts, read from the counters that each recognition moves in its own
 * transaction: one indexed SELECT per board, never an aggregation over recognitions.
 */
@Named
public class LeaderboardService {
    private final Tallies tallies;
    private final SystemClock clock;
    private final SettingsService settings;
    private final OrgChart org;
    private final Permissions permissions;

    @Inject
    public LeaderboardService(Tallies tallies, SystemClock clock, SettingsService settings, OrgChart org, Permissions permissions) {
        this.tallies = tallies;
        this.clock = clock;
        this.settings = settings;
        this.org = org;
        this.permissions = permissions;
    }

    /**
     * Whether the admins' leaderboard setting lets this person see leaderboards: admins always;
     * with {@code MANAGERS}, people named as someone's manager; with {@code NOBODY}, nobody else.
     */
    public boolean maySee(Actor actor) {
        if (actor == null) {
            return false;
        }
        return switch (settings.current().leaderboardVisibility()) {
            case EVERYONE -> true;
            case MANAGERS -> permissions.isAdmin(actor) || org.isManager(actor.userKey());
            case NOBODY -> permissions.isAdmin(actor);
        };
    }

    /** A ranked entry: equal counts share a rank (1, 2, 2, 4). */
    public record Entry(int rank, String personKey, int count) {
    }

    public List<Entry> board(Actor actor, LeaderboardQuery query) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        if (!maySee(actor)) {
            throw new ForbiddenException("see leaderboards");
        }
        String board = query.direction().board(query.period().key(clock.now()), query.categoryId());
        List<Tally> top = tallies.top(board, query.limit());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            int rank = i > 0 && top.get(i).count() == top.get(i - 1).count() ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Entry(rank, top.get(i).subject(), top.get(i).count()));
        }
        return entries;
    }

    /** A person's public counts in a period, and their top received categories, from one SELECT. */
    public record Summary(int received, int given, List<CategoryCount> topCategories) {
    }

    public record CategoryCount(long categoryId, int count) {
    }

    public Summary summary(String personKey, LeaderboardPeriod period, List<Long> categoryIds, int topN) {
        String periodKey = period.key(clock.now());
        Tally.Key received = new Tally.Key(Direction.RECEIVED.board(periodKey, 0), personKey);
        Tally.Key given = new Tally.Key(Direction.GIVEN.board(periodKey, 0), personKey);
        List<Tally.Key> keys = new ArrayList<>(List.of(received, given));
        for (Long id : categoryIds) {
            keys.add(new Tally.Key(Direction.RECEIVED.board(periodKey, id), personKey));
        }
        Map<Tally.Key, Integer> counts = tallies.counts(keys);
        List<CategoryCount> top = categoryIds.stream()
                .map(id -> new CategoryCount(id, counts.getOrDefault(new Tally.Key(Direction.RECEIVED.board(periodKey, id), personKey), 0)))
                .filter(c -> c.count() > 0)
                .sorted(Comparator.comparingInt(CategoryCount::count).reversed().thenComparingLong(CategoryCount::categoryId))
                .limit(topN)
                .toList();
        return new Summary(counts.getOrDefault(received, 0), counts.getOrDefault(given, 0), top);
    }
}
