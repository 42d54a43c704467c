package org.rapport.recognition;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The only class that touches the recognition and recipient tables. Returns records; opens no
 * transaction. Every page is at most three SELECTs whatever the data size: the page itself
 * (through an index on the filter and creation time), its recognitions, and their recipients.
 */
@Named
public class RecognitionStore {
    /** Most people {@link #teamPage} takes: the org chart's cap on direct reports. */
    public static final int TEAM_MAX = 1000;
    /** The feeds' order: newest first, ties by id. */
    private static final Comparator<RecognitionEntity> NEWEST_FIRST = Comparator.comparing(RecognitionEntity::getCreatedAt)
            .thenComparing(RecognitionEntity::getID).reversed();
    private final ActiveObjects ao;

    @Inject
    public RecognitionStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Filters of a page; {@code categoryIds} empty means any category. Hidden recognitions are left
     * out unless {@code includeHidden} (admins); public-only pages never include them.
     */
    public record PageFilter(Collection<Long> categoryIds, boolean publicOnly, boolean includeHidden) {
        public PageFilter(Collection<Long> categoryIds, boolean publicOnly) {
            this(categoryIds, publicOnly, false);
        }
    }

    /**
     * A recognition linked to something, with just what deciding its visibility needs (no message,
     * no recipients): the issue panel reads these for one issue, then loads only the few it shows.
     */
    public record LinkedRef(long id, String giverKey, Visibility visibility, boolean hidden, Instant createdAt) {
    }

    public Recognition insert(String giverKey, RecognitionDraft draft, String allowanceSlot, String idempotencyKey, Instant now) {
        boolean shownPublicly = draft.visibility() == Visibility.PUBLIC;
        int categoryId = draft.categoryId() == null ? 0 : draft.categoryId().intValue();
        Date created = Date.from(now);
        RecognitionEntity row = ao.create(RecognitionEntity.class,
                new DBParam(RecognitionEntity.GIVER_KEY, giverKey),
                new DBParam(RecognitionEntity.CATEGORY_ID, categoryId),
                new DBParam(RecognitionEntity.MESSAGE, draft.message()),
                new DBParam(RecognitionEntity.LINK_TARGET, draft.link() == null ? null : draft.link().value()),
                new DBParam(RecognitionEntity.VISIBILITY, draft.visibility().name()),
                new DBParam(RecognitionEntity.SHOWN_PUBLICLY, shownPublicly),
                new DBParam(RecognitionEntity.HIDDEN, Boolean.FALSE),
                new DBParam(RecognitionEntity.CREATED_AT, created),
                new DBParam(RecognitionEntity.UPDATED_AT, created),
                new DBParam(RecognitionEntity.ALLOWANCE_SLOT, allowanceSlot),
                new DBParam(RecognitionEntity.IDEMPOTENCY_KEY, idempotencyKey));
        List<Map<String, Object>> recipients = new ArrayList<>();
        for (String recipient : draft.recipientKeys()) {
            recipients.add(Map.of(RecipientEntity.RECOGNITION_ID, row.getID(), RecipientEntity.RECIPIENT_KEY, recipient,
                    RecipientEntity.CREATED_AT, created, RecipientEntity.SHOWN_PUBLICLY, shownPublicly,
                    RecipientEntity.CATEGORY_ID, categoryId, RecipientEntity.HIDDEN, Boolean.FALSE));
        }
        // One INSERT for all recipients, in their order (their ids keep it for reading).
        ao.create(RecipientEntity.class, recipients);
        // From the values just written: the entity AO returns from create() holds only its id, and
        // each getter would be one more SELECT (eight per give).
        return new Recognition(row.getID(), giverKey, draft.recipientKeys(), categoryId, draft.message(),
                draft.link() == null ? null : draft.link().value(), draft.visibility(), false, created.toInstant(), created.toInstant());
    }

    public Optional<Recognition> find(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return load(List.of((int) id)).stream().findFirst();
    }

    public Optional<Recognition> findByIdempotencyKey(String idempotencyKey) {
        RecognitionEntity[] rows = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ALL_COLUMNS)
                .where(RecognitionEntity.IDEMPOTENCY_KEY + " = ?", idempotencyKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0], recipientsOf(List.of(rows[0].getID())).getOrDefault(rows[0].getID(), List.of())));
    }

    /** The recognitions with these ids that exist, with their recipients: two SELECTs. */
    public List<Recognition> findAll(Collection<Long> ids) {
        return load(ids.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE).map(Long::intValue).distinct().toList());
    }

    /**
     * How many recognitions the giver gave since {@code since}, counted up to {@code cap}: a walk of
     * the "given" index (giver, time, id) that stops after {@code cap} rows, so a refusal costs the
     * same after 10 gives as after 60,000 (an unlimited week can leave that many).
     */
    public int givenSince(String giverKey, Instant since, int cap) {
        if (cap <= 0) {
            return 0;
        }
        return ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ID)
                .where(RecognitionEntity.GIVER_KEY + " = ? AND " + RecognitionEntity.CREATED_AT + " >= ?", giverKey, Date.from(since))
                .limit(cap)).length;
    }

    /** Which of these allowance slots are held: one lookup per slot on the column's unique index. */
    public Set<String> heldSlots(List<String> slots) {
        if (slots.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(slots.size(), "?"));
        RecognitionEntity[] rows = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ID + ", " + RecognitionEntity.ALLOWANCE_SLOT)
                .where(RecognitionEntity.ALLOWANCE_SLOT + " IN (" + marks + ")", slots.toArray()));
        return Arrays.stream(rows).map(RecognitionEntity::getAllowanceSlot).collect(Collectors.toSet());
    }

    /** Changes message and category; copies the category to the recipient rows. */
    public Optional<Recognition> updateContent(long id, String message, long categoryId, Instant now) {
        Optional<Recognition> existing = find(id);
        existing.ifPresent(r -> {
            RecognitionEntity row = ao.get(RecognitionEntity.class, (int) id);
            row.setMessage(message);
            row.setCategoryId((int) categoryId);
            row.setUpdatedAt(Date.from(now));
            row.save();
            for (RecipientEntity recipient : ao.find(RecipientEntity.class, ColumnQuery.select(RecipientEntity.ALL_COLUMNS)
                    .where(RecipientEntity.RECOGNITION_ID + " = ?", (int) id))) {
                recipient.setCategoryId((int) categoryId);
                recipient.save();
            }
        });
        return existing.isEmpty() ? Optional.empty() : find(id);
    }

    /** Deletes the recognition with its recipients. */
    public void delete(long id) {
        ao.deleteWithSQL(RecipientEntity.class, RecipientEntity.RECOGNITION_ID + " = ?", (int) id);
        ao.deleteWithSQL(RecognitionEntity.class, RecognitionEntity.ID + " = ?", (int) id);
    }

    /**
     * Deletes the recognition with its recipients only if its hidden state is still {@code hidden}
     * (what the caller counted with); false, having deleted nothing of it, when an admin hid or
     * restored it meanwhile (the caller's transaction must then be rolled back: recipients may be gone).
     */
    public boolean deleteIfHidden(long id, boolean hidden) {
        ao.deleteWithSQL(RecipientEntity.class, RecipientEntity.RECOGNITION_ID + " = ?", (int) id);
        return ao.deleteWithSQL(RecognitionEntity.class, RecognitionEntity.ID + " = ? AND " + RecognitionEntity.HIDDEN + " = ?",
                (int) id, hidden) == 1;
    }

    /**
     * Recognitions shown publicly, newest first. Each shape reads the first rows of one index walked
     * backwards: no category, the {@code feed} index; one category, the {@code category} index
     * (category, public, time, id); several categories (milestones only), the {@code feed} index,
     * keeping those of the categories on the way.
     */
    public FeedPage publicPage(Collection<Long> categoryIds, FeedCursor cursor, int limit) {
        List<Long> categories = categoryIds == null ? List.of() : categoryIds.stream().distinct().toList();
        if (categories.size() == 1) {
            StringBuilder where = new StringBuilder(RecognitionEntity.CATEGORY_ID + " = ? AND " + RecognitionEntity.SHOWN_PUBLICLY + " = ?");
            List<Object> params = new ArrayList<>(List.of(categories.get(0).intValue(), Boolean.TRUE));
            return recognitionPage(List.of(RecognitionEntity.CATEGORY_ID, RecognitionEntity.SHOWN_PUBLICLY), where, params,
                    new PageFilter(List.of(), true), cursor, limit);
        }
        StringBuilder where = new StringBuilder(RecognitionEntity.SHOWN_PUBLICLY + " = ?");
        List<Object> params = new ArrayList<>(List.of(Boolean.TRUE));
        if (!categories.isEmpty()) {
            // "OR SHOWN_PUBLICLY <> ?" is false next to "SHOWN_PUBLICLY = ?"; it is there for the
            // planners. An OR over two columns is no index condition, so neither H2 (which takes an
            // IN list on the category index for an equality, picks that index and sorts every
            // recognition of the categories: 180 ms for 16,000 at 0.1 scale) nor PostgreSQL leaves
            // the feed index, walked backwards until the page is full (1.4 ms). The cost is
            // proportional to how rare the categories are: 2,000 rows a page at 1 % of recognitions.
            where.append(" AND (").append(RecognitionEntity.CATEGORY_ID).append(" IN (")
                    .append(String.join(", ", Collections.nCopies(categories.size(), "?"))).append(") OR ")
                    .append(RecognitionEntity.SHOWN_PUBLICLY).append(" <> ?)");
            categories.forEach(id -> params.add(id.intValue()));
            params.add(Boolean.TRUE);
        }
        return recognitionPage(List.of(RecognitionEntity.SHOWN_PUBLICLY), where, params, new PageFilter(List.of(), true), cursor, limit);
    }

    /** What a person gave, newest first; private ones only when {@code publicOnly} is false. */
    public FeedPage givenPage(String giverKey, PageFilter filter, FeedCursor cursor, int limit) {
        StringBuilder where = new StringBuilder(RecognitionEntity.GIVER_KEY + " = ?");
        List<Object> params = new ArrayList<>(List.of(giverKey));
        if (filter.publicOnly()) {
            where.append(" AND ").append(RecognitionEntity.SHOWN_PUBLICLY).append(" = ?");
            params.add(Boolean.TRUE);
        } else if (!filter.includeHidden()) {
            where.append(" AND ").append(RecognitionEntity.HIDDEN).append(" = ?");
            params.add(Boolean.FALSE);
        }
        return recognitionPage(List.of(RecognitionEntity.GIVER_KEY), where, params, filter, cursor, limit);
    }

    /**
     * The recognitions linked to {@code linkTarget} (an issue key or address, exactly as stored),
     * newest first, at most {@code cap}; hidden ones only when {@code withHidden}. One SELECT on
     * the {@code linked} index, reading five short columns.
     */
    public List<LinkedRef> linkedTo(String linkTarget, boolean withHidden, int cap) {
        StringBuilder where = new StringBuilder(RecognitionEntity.LINK_TARGET + " = ?");
        List<Object> params = new ArrayList<>(List.of(linkTarget));
        if (!withHidden) {
            where.append(" AND ").append(RecognitionEntity.HIDDEN).append(" = ?");
            params.add(Boolean.FALSE);
        }
        RecognitionEntity[] rows = ao.find(RecognitionEntity.class, ColumnQuery.select(String.join(", ", RecognitionEntity.ID,
                        RecognitionEntity.GIVER_KEY, RecognitionEntity.VISIBILITY, RecognitionEntity.HIDDEN, RecognitionEntity.CREATED_AT))
                .where(where.toString(), params.toArray())
                .order(newestFirst(List.of(RecognitionEntity.LINK_TARGET), RecognitionEntity.CREATED_AT, RecognitionEntity.ID))
                .limit(cap));
        return Arrays.stream(rows).map(r -> new LinkedRef(r.getID(), r.getGiverKey(), Visibility.valueOf(r.getVisibility()),
                r.getHidden(), r.getCreatedAt().toInstant())).toList();
    }

    /** The recipients of these recognitions, by recognition id, in giving order: one SELECT (none for no ids). */
    public Map<Long, List<String>> recipientsByRecognition(Collection<Long> recognitionIds) {
        List<Integer> ids = recognitionIds.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE).map(Long::intValue).distinct().toList();
        Map<Long, List<String>> result = new HashMap<>();
        recipientsOf(ids).forEach((id, keys) -> result.put((long) id, keys));
        return result;
    }

    /**
     * The recognitions with these ids that exist, in the given order, with recipients taken from
     * {@code recipients} (read before with {@link #recipientsByRecognition}): one SELECT.
     */
    public List<Recognition> findAll(List<Long> ids, Map<Long, List<String>> recipients) {
        return load(ids.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE).map(Long::intValue).distinct().toList(),
                id -> recipients.getOrDefault((long) id, List.of()));
    }

    /** Recognitions linked to {@code linkTarget}, newest first; hidden ones only when {@code withHidden}. */
    public FeedPage linkedPage(String linkTarget, boolean withHidden, Collection<Long> categoryIds, FeedCursor cursor, int limit) {
        StringBuilder where = new StringBuilder(RecognitionEntity.LINK_TARGET + " = ?");
        List<Object> params = new ArrayList<>(List.of(linkTarget));
        if (!withHidden) {
            where.append(" AND ").append(RecognitionEntity.HIDDEN).append(" = ?");
            params.add(Boolean.FALSE);
        }
        return recognitionPage(List.of(RecognitionEntity.LINK_TARGET), where, params, new PageFilter(categoryIds, false), cursor, limit);
    }

    /** What a person received, newest first; private ones only when {@code publicOnly} is false. */
    public FeedPage receivedPage(String recipientKey, PageFilter filter, FeedCursor cursor, int limit) {
        return receivedPage(recipientKey, filter, cursor, limit, true);
    }

    /**
     * The latest recognitions a person received, without their other recipients (each recognition's
     * recipient list then holds only this person): two SELECTs, for panels.
     */
    public List<Recognition> latestReceived(String recipientKey, boolean publicOnly, int limit) {
        return latestReceived(recipientKey, new PageFilter(List.of(), publicOnly), limit);
    }

    /**
     * As above, with hidden ones only when the filter includes them. One SELECT: the recognitions
     * joined to the person's recipient rows, which the {@code received} index reads newest first and
     * the join takes by primary key (a profile shows these on every view; it was two SELECTs, the
     * recipient rows and then the recognitions by id).
     */
    public List<Recognition> latestReceived(String recipientKey, PageFilter filter, int limit) {
        StringBuilder where = new StringBuilder(received(RecipientEntity.RECIPIENT_KEY) + " = ?");
        List<Object> params = new ArrayList<>(List.of(recipientKey));
        if (filter.publicOnly()) {
            where.append(" AND ").append(received(RecipientEntity.SHOWN_PUBLICLY)).append(" = ?");
            params.add(Boolean.TRUE);
        } else if (!filter.includeHidden()) {
            where.append(" AND ").append(received(RecipientEntity.HIDDEN)).append(" = ?");
            params.add(Boolean.FALSE);
        }
        appendCategories(where, params, received(RecipientEntity.CATEGORY_ID), filter.categoryIds());
        RecognitionEntity[] rows = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ALL_COLUMNS)
                .alias(RecognitionEntity.class, "r")
                .join(RecipientEntity.class, received(RecipientEntity.RECOGNITION_ID) + " = r." + RecognitionEntity.ID)
                .alias(RecipientEntity.class, RECEIVED)
                .where(where.toString(), params.toArray())
                .order(newestFirst(List.of(received(RecipientEntity.RECIPIENT_KEY)), received(RecipientEntity.CREATED_AT),
                        received(RecipientEntity.RECOGNITION_ID)))
                .limit(limit));
        return Arrays.stream(rows).map(r -> toRecord(r, List.of(recipientKey))).toList();
    }

    /** The alias of the recipient table in {@link #latestReceived(String, PageFilter, int)}. */
    private static final String RECEIVED = "rc";

    private static String received(String column) {
        return RECEIVED + "." + column;
    }

    private FeedPage receivedPage(String recipientKey, PageFilter filter, FeedCursor cursor, int limit, boolean withRecipients) {
        StringBuilder where = new StringBuilder(RecipientEntity.RECIPIENT_KEY + " = ?");
        List<Object> params = new ArrayList<>(List.of(recipientKey));
        if (filter.publicOnly()) {
            where.append(" AND ").append(RecipientEntity.SHOWN_PUBLICLY).append(" = ?");
            params.add(Boolean.TRUE);
        } else if (!filter.includeHidden()) {
            where.append(" AND ").append(RecipientEntity.HIDDEN).append(" = ?");
            params.add(Boolean.FALSE);
        }
        appendCategories(where, params, RecipientEntity.CATEGORY_ID, filter.categoryIds());
        appendCursor(where, params, RecipientEntity.CREATED_AT, RecipientEntity.RECOGNITION_ID, cursor);
        RecipientEntity[] rows = ao.find(RecipientEntity.class, ColumnQuery.select(RecipientEntity.ALL_COLUMNS)
                .where(where.toString(), params.toArray())
                .order(newestFirst(List.of(RecipientEntity.RECIPIENT_KEY), RecipientEntity.CREATED_AT, RecipientEntity.RECOGNITION_ID))
                .limit(limit + 1));
        List<Integer> ids = Arrays.stream(rows).limit(limit).map(RecipientEntity::getRecognitionId).toList();
        return page(withRecipients ? load(ids) : load(ids, id -> List.of(recipientKey)), rows.length > limit);
    }

    /** A page of recognitions; {@code equalityColumns} lead the index that serves the page (see {@link #newestFirst}). */
    private FeedPage recognitionPage(List<String> equalityColumns, StringBuilder where, List<Object> params, PageFilter filter, FeedCursor cursor,
                                     int limit) {
        appendCategories(where, params, RecognitionEntity.CATEGORY_ID, filter.categoryIds());
        appendCursor(where, params, RecognitionEntity.CREATED_AT, RecognitionEntity.ID, cursor);
        RecognitionEntity[] rows = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ALL_COLUMNS)
                .where(where.toString(), params.toArray())
                .order(newestFirst(equalityColumns, RecognitionEntity.CREATED_AT, RecognitionEntity.ID))
                .limit(limit + 1));
        List<RecognitionEntity> pageRows = Arrays.stream(rows).limit(limit).toList();
        Map<Integer, List<String>> recipients = recipientsOf(pageRows.stream().map(RecognitionEntity::getID).toList());
        List<Recognition> items = pageRows.stream()
                .map(r -> toRecord(r, recipients.getOrDefault(r.getID(), List.of())))
                .toList();
        return page(items, rows.length > limit);
    }

    /**
     * Public recognitions given or received by any of these people (a manager's team), newest first,
     * in three statements. What they gave (the {@code given} index, one lookup per member) and what
     * they received (the {@code received} index, one lookup per member, each row joined to its
     * recognition) are read as two pages of {@code limit + 1} rows and merged by time and id. The
     * page ends where either source may hold more, so it can be shorter than {@code limit} when a
     * recognition reached several members, but the cursor never skips one. Then the page's
     * recipients. Each SELECT sorts the members' rows after the cursor, so its cost follows the
     * team's history, not the table's (at most {@value #TEAM_MAX} members, two IN lists).
     */
    public FeedPage teamPage(Collection<String> memberKeys, Collection<Long> categoryIds, FeedCursor cursor, int limit) {
        if (memberKeys.isEmpty()) {
            return new FeedPage(List.of(), null);
        }
        if (memberKeys.size() > TEAM_MAX) {
            throw new IllegalArgumentException("At most " + TEAM_MAX + " team members, got " + memberKeys.size());
        }
        List<String> members = memberKeys.stream().distinct().toList();
        String in = " IN (" + String.join(", ", Collections.nCopies(members.size(), "?")) + ")";

        StringBuilder givenWhere = new StringBuilder(RecognitionEntity.GIVER_KEY + in + " AND " + RecognitionEntity.SHOWN_PUBLICLY + " = ?");
        List<Object> givenParams = new ArrayList<>(members);
        givenParams.add(Boolean.TRUE);
        appendCategories(givenWhere, givenParams, RecognitionEntity.CATEGORY_ID, categoryIds);
        appendCursor(givenWhere, givenParams, RecognitionEntity.CREATED_AT, RecognitionEntity.ID, cursor);
        RecognitionEntity[] given = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ALL_COLUMNS)
                .where(givenWhere.toString(), givenParams.toArray())
                .order(RecognitionEntity.CREATED_AT + " DESC, " + RecognitionEntity.ID + " DESC")
                .limit(limit + 1));

        // AO quotes a column written before an operator (p.RECIPIENT_KEY IN ...) and leaves the alias alone.
        StringBuilder receivedWhere = new StringBuilder("p." + RecipientEntity.RECIPIENT_KEY + in + " AND p." + RecipientEntity.SHOWN_PUBLICLY + " = ?");
        List<Object> receivedParams = new ArrayList<>(members);
        receivedParams.add(Boolean.TRUE);
        appendCategories(receivedWhere, receivedParams, "p." + RecipientEntity.CATEGORY_ID, categoryIds);
        appendCursor(receivedWhere, receivedParams, "p." + RecipientEntity.CREATED_AT, "p." + RecipientEntity.RECOGNITION_ID, cursor);
        RecognitionEntity[] received = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ALL_COLUMNS)
                .alias(RecognitionEntity.class, "r")
                .alias(RecipientEntity.class, "p")
                .join(RecipientEntity.class, "p." + RecipientEntity.RECOGNITION_ID + " = r." + RecognitionEntity.ID)
                .where(receivedWhere.toString(), receivedParams.toArray())
                .order("p." + RecipientEntity.CREATED_AT + " DESC, p." + RecipientEntity.RECOGNITION_ID + " DESC")
                .limit(limit + 1));

        // Past the oldest row of a full source, that source may hold more: the page stops at the newer of the two.
        RecognitionEntity boundary = null;
        for (RecognitionEntity[] source : List.of(given, received)) {
            if (source.length > limit) {
                RecognitionEntity last = source[source.length - 1];
                boundary = boundary == null || NEWEST_FIRST.compare(last, boundary) < 0 ? last : boundary;
            }
        }
        Map<Integer, RecognitionEntity> byId = new LinkedHashMap<>();
        for (RecognitionEntity[] source : List.of(given, received)) {
            for (RecognitionEntity row : source) {
                byId.putIfAbsent(row.getID(), row);
            }
        }
        RecognitionEntity stop = boundary;
        List<RecognitionEntity> merged = byId.values().stream()
                .filter(row -> stop == null || NEWEST_FIRST.compare(row, stop) <= 0)
                .sorted(NEWEST_FIRST)
                .toList();
        List<RecognitionEntity> pageRows = merged.stream().limit(limit).toList();
        Map<Integer, List<String>> recipients = recipientsOf(pageRows.stream().map(RecognitionEntity::getID).toList());
        List<Recognition> items = pageRows.stream().map(r -> toRecord(r, recipients.getOrDefault(r.getID(), List.of()))).toList();
        return page(items, merged.size() > limit || boundary != null);
    }

    /**
     * Newest first, ties by id: {@code time DESC, id DESC}, led by the columns the query fixes with
     * {@code = ?} and the index starts with. The leading columns change no order (each has one value
     * in the result) but let H2 walk the index {@code (equalityColumns..., time, id)} backwards and
     * stop after the page: H2 only uses an index for ORDER BY when the ORDER BY starts with the
     * index's first column (it sorted all 90,000 public rows of the 0.1-scale benchmark instead,
     * ~1 s). PostgreSQL drops the constant columns and scans the same index backwards.
     */
    static String newestFirst(List<String> equalityColumns, String timeColumn, String idColumn) {
        StringBuilder order = new StringBuilder();
        equalityColumns.forEach(column -> order.append(column).append(" DESC, "));
        return order.append(timeColumn).append(" DESC, ").append(idColumn).append(" DESC").toString();
    }

    private static FeedPage page(List<Recognition> items, boolean more) {
        Recognition last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new FeedPage(items, more && last != null ? new FeedCursor(last.createdAt(), last.id()) : null);
    }

    private static void appendCategories(StringBuilder where, List<Object> params, String column, Collection<Long> categoryIds) {
        if (categoryIds == null || categoryIds.isEmpty()) {
            return;
        }
        where.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", Collections.nCopies(categoryIds.size(), "?"))).append(")");
        categoryIds.forEach(id -> params.add(id.intValue()));
    }

    /** Strictly older than the cursor: earlier time, or the same time and a smaller id. */
    private static void appendCursor(StringBuilder where, List<Object> params, String timeColumn, String idColumn, FeedCursor cursor) {
        if (cursor == null) {
            return;
        }
        Date at = Date.from(cursor.createdAt());
        // The first condition is implied by the second; it is there for the planner. Without a plain
        // range on the time column, PostgreSQL cannot bound the index scan on (filter, time) and
        // walks every newer row: 1.3 s instead of 0.2 ms for a page a year back in 1M recognitions.
        where.append(" AND ").append(timeColumn).append(" <= ? AND (").append(timeColumn).append(" < ? OR (")
                .append(timeColumn).append(" = ? AND ").append(idColumn).append(" < ?))");
        params.add(at);
        params.add(at);
        params.add(at);
        params.add((int) Math.min(cursor.id(), Integer.MAX_VALUE));
    }

    /** Recognitions by id, in the given order, with their recipients: two SELECTs. */
    private List<Recognition> load(List<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<String>> recipients = recipientsOf(ids);
        return load(ids, id -> recipients.getOrDefault(id, List.of()));
    }

    /** Recognitions by id, in the given order, with recipients from the given function: one SELECT. */
    private List<Recognition> load(List<Integer> ids, IntFunction<List<String>> recipients) {
        if (ids.isEmpty()) {
            return List.of();
        }
        RecognitionEntity[] rows = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ALL_COLUMNS)
                .where(RecognitionEntity.ID + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", ids.toArray()));
        Map<Integer, RecognitionEntity> byId = new HashMap<>();
        for (RecognitionEntity row : rows) {
            byId.put(row.getID(), row);
        }
        List<Recognition> result = new ArrayList<>();
        for (Integer id : ids) {
            RecognitionEntity row = byId.get(id);
            if (row != null) {
                result.add(toRecord(row, recipients.apply(id)));
            }
        }
        return result;
    }

    private Map<Integer, List<String>> recipientsOf(List<Integer> recognitionIds) {
        Map<Integer, List<String>> result = new LinkedHashMap<>();
        if (recognitionIds.isEmpty()) {
            return result;
        }
        RecipientEntity[] rows = ao.find(RecipientEntity.class, ColumnQuery.select(RecipientEntity.ALL_COLUMNS)
                .where(RecipientEntity.RECOGNITION_ID + " IN (" + String.join(", ", Collections.nCopies(recognitionIds.size(), "?")) + ")",
                        recognitionIds.toArray())
                .order(RecipientEntity.ID + " ASC"));
        for (RecipientEntity row : rows) {
            result.computeIfAbsent(row.getRecognitionId(), k -> new ArrayList<>()).add(row.getRecipientKey());
        }
        return result;
    }

    // ---- Moderation and privacy erasure (kept apart from the feed queries above) ----

    /**
     * Sets the hidden state of a recognition and of its recipient rows, and with it their public
     * state (public and not hidden). Active Objects' save writes only the changed columns, so this
     * takes the rows' write locks without touching the content: the caller reads the recognition
     * again afterwards, and then sees any edit that committed first. Empty when it does not exist.
     */
    public Optional<Recognition> setHidden(long id, boolean hidden) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        RecognitionEntity[] rows = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ALL_COLUMNS)
                .where(RecognitionEntity.ID + " = ?", (int) id));
        if (rows.length == 0) {
            return Optional.empty();
        }
        RecognitionEntity row = rows[0];
        boolean shownPublicly = Visibility.PUBLIC.name().equals(row.getVisibility()) && !hidden;
        row.setHidden(hidden);
        row.setShownPublicly(shownPublicly);
        row.save();
        for (RecipientEntity recipient : ao.find(RecipientEntity.class, ColumnQuery.select(RecipientEntity.ALL_COLUMNS)
                .where(RecipientEntity.RECOGNITION_ID + " = ?", (int) id))) {
            recipient.setHidden(hidden);
            recipient.setShownPublicly(shownPublicly);
            recipient.save();
        }
        return find(id);
    }

    /** Up to {@code limit} recognitions the person gave, oldest first (for erasure in chunks). */
    public List<Recognition> givenBy(String giverKey, int limit) {
        RecognitionEntity[] rows = ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ID)
                .where(RecognitionEntity.GIVER_KEY + " = ?", giverKey)
                .order(RecognitionEntity.ID + " ASC")
                .limit(limit));
        return load(Arrays.stream(rows).map(RecognitionEntity::getID).toList());
    }

    /** Up to {@code limit} recognitions the person received, oldest first (for erasure in chunks). */
    public List<Recognition> receivedBy(String recipientKey, int limit) {
        RecipientEntity[] rows = ao.find(RecipientEntity.class, ColumnQuery.select(RecipientEntity.ID + ", " + RecipientEntity.RECOGNITION_ID)
                .where(RecipientEntity.RECIPIENT_KEY + " = ?", recipientKey)
                .order(RecipientEntity.RECOGNITION_ID + " ASC")
                .limit(limit));
        return load(Arrays.stream(rows).map(RecipientEntity::getRecognitionId).distinct().toList());
    }

    /** Removes one person from a recognition's recipients; the number of rows removed. */
    public int removeRecipient(long id, String recipientKey) {
        return ao.deleteWithSQL(RecipientEntity.class, RecipientEntity.RECOGNITION_ID + " = ? AND " + RecipientEntity.RECIPIENT_KEY + " = ?",
                (int) id, recipientKey);
    }

    /**
     * Replaces a person's key on one recognition, as giver and as recipient, with {@code replacement}.
     * The allowance slot and idempotency key embed the giver's key, so they become unique fillers.
     */
    public void replacePerson(long id, String personKey, String replacement) {
        for (RecognitionEntity row : ao.find(RecognitionEntity.class, ColumnQuery.select(RecognitionEntity.ID + ", " + RecognitionEntity.GIVER_KEY
                        + ", " + RecognitionEntity.ALLOWANCE_SLOT + ", " + RecognitionEntity.IDEMPOTENCY_KEY)
                .where(RecognitionEntity.ID + " = ? AND " + RecognitionEntity.GIVER_KEY + " = ?", (int) id, personKey))) {
            row.setGiverKey(replacement);
            row.setAllowanceSlot(replacement + "|erased|" + UUID.randomUUID());
            row.setIdempotencyKey(replacement + "|erased|" + UUID.randomUUID());
            row.save();
        }
        for (RecipientEntity row : ao.find(RecipientEntity.class, ColumnQuery.select(RecipientEntity.ALL_COLUMNS)
                .where(RecipientEntity.RECOGNITION_ID + " = ? AND " + RecipientEntity.RECIPIENT_KEY + " = ?", (int) id, personKey))) {
            row.setRecipientKey(replacement);
            row.save();
        }
    }

    private static Recognition toRecord(RecognitionEntity e, List<String> recipients) {
        return new Recognition(e.getID(), e.getGiverKey(), recipients, e.getCategoryId(), e.getMessage(), e.getLinkTarget(),
                Visibility.valueOf(e.getVisibility()), e.getHidden(), e.getCreatedAt().toInstant(), e.getUpdatedAt().toInstant());
    }
}
