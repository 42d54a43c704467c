package org.rapport.help;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.platform.WorkLink;
import org.rapport.skills.SkillTag;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.rapport.help.ao.HelpEntryEntity.ALL_COLUMNS;
import static org.rapport.help.ao.HelpEntryEntity.HELPED_KEY;
import static org.rapport.help.ao.HelpEntryEntity.HELPED_ON;
import static org.rapport.help.ao.HelpEntryEntity.HELPER_KEY;
import static org.rapport.help.ao.HelpEntryEntity.ID;
import static org.rapport.help.ao.HelpEntryEntity.LINK_TARGET;
import static org.rapport.help.ao.HelpEntryEntity.STATUS;

/**
 * The only class that touches the help entry and help skill tables. Returns records; opens no
 * transaction. Every list is two SELECTs whatever the data size: the entries (through an index on
 * person, status and day) and their skills.
 */
@Named
public class HelpStore {
    private final ActiveObjects ao;

    @Inject
    public HelpStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Stores a new entry; {@code departments} are the two people's departments for a confirmed entry
     * (see {@link HelpEntry}), {@link Departments#NONE} for a pending one.
     */
    public HelpEntry insert(HelpDraft draft, String loggedByKey, HelpStatus status, long kindId, Instant now, Departments departments) {
        HelpEntryEntity row = ao.create(HelpEntryEntity.class,
                new DBParam(HelpEntryEntity.HELPER_KEY, draft.helperKey()),
                new DBParam(HelpEntryEntity.HELPED_KEY, draft.helpedKey()),
                new DBParam(HelpEntryEntity.LOGGED_BY_KEY, loggedByKey),
                new DBParam(HelpEntryEntity.STATUS, status.name()),
                new DBParam(HelpEntryEntity.SUMMARY, draft.summary()),
                new DBParam(HelpEntryEntity.DETAILS, draft.details().isEmpty() ? null : draft.details()),
                new DBParam(HelpEntryEntity.KIND_ID, (int) kindId),
                new DBParam(HelpEntryEntity.LINK_TARGET, draft.link() == null ? null : draft.link().value()),
                new DBParam(HelpEntryEntity.MINUTES, draft.minutes() == null ? 0 : draft.minutes()),
                new DBParam(HelpEntryEntity.HELPED_ON, draft.helpedOn().toString()),
                new DBParam(HelpEntryEntity.CREATED_AT, Date.from(now)),
                new DBParam(HelpEntryEntity.DECIDED_AT, status == HelpStatus.CONFIRMED ? Date.from(now) : null),
                new DBParam(HelpEntryEntity.HELPER_DEPT, departments.helper()),
                new DBParam(HelpEntryEntity.HELPED_DEPT, departments.helped()));
        for (SkillTag skill : draft.skills()) {
            ao.create(HelpSkillEntity.class,
                    new DBParam(HelpSkillEntity.ENTRY_ID, row.getID()),
                    new DBParam(HelpSkillEntity.SKILL_NAME, skill.name()));
        }
        return toRecord(row, draft.skills());
    }

    public Optional<HelpEntry> find(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return load(ao.find(HelpEntryEntity.class, ColumnQuery.select(ALL_COLUMNS).where(ID + " = ?", (int) id))).stream().findFirst();
    }

    /**
     * Moves an entry from one status to another, recording the two people's departments (for a
     * confirmation; {@link Departments#NONE} otherwise); false when it was no longer in {@code from}.
     */
    public boolean changeStatus(long id, HelpStatus from, HelpStatus to, Instant now, Departments departments) {
        HelpEntryEntity[] rows = ao.find(HelpEntryEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(ID + " = ? AND " + STATUS + " = ?", (int) id, from.name()));
        if (rows.length == 0) {
            return false;
        }
        rows[0].setStatus(to.name());
        rows[0].setDecidedAt(Date.from(now));
        rows[0].setHelperDept(departments.helper());
        rows[0].setHelpedDept(departments.helped());
        rows[0].save();
        // AO's save() does not report an UPDATE that matched no row: a delete committed between the
        // find and the save would go unnoticed and the caller would count a vanished entry. Read back.
        return ao.count(HelpEntryEntity.class, ID + " = ? AND " + STATUS + " = ?", (int) id, to.name()) == 1;
    }

    /** Deletes the entry with its skills; false when it was already gone (a concurrent delete). */
    public boolean delete(long id) {
        ao.deleteWithSQL(HelpSkillEntity.class, HelpSkillEntity.ENTRY_ID + " = ?", (int) id);
        return ao.deleteWithSQL(HelpEntryEntity.class, ID + " = ?", (int) id) == 1;
    }

    /**
     * Deletes the entry with its skills only while its status is still {@code status}; false when
     * it is gone or was decided meanwhile (the database re-checks the condition on the row a
     * concurrent decision committed, so a pending entry confirmed meanwhile is not deleted as pending).
     */
    public boolean deleteIf(long id, HelpStatus status) {
        if (ao.deleteWithSQL(HelpEntryEntity.class, ID + " = ? AND " + STATUS + " = ?", (int) id, status.name()) != 1) {
            return false;
        }
        ao.deleteWithSQL(HelpSkillEntity.class, HelpSkillEntity.ENTRY_ID + " = ?", (int) id);
        return true;
    }

    /**
     * A person's entries in one direction and status, newest day first: two SELECTs. The first reads
     * the first rows of the {@code given} or {@code received} index (person, status, day, id) walked
     * backwards: the ORDER BY names all four columns, the two fixed ones first, because H2 walks an
     * index for ORDER BY only when it starts with the index's first column (it sorted all of a busy
     * helper's entries before); the redundant {@code HELPED_ON <= ?} bounds PostgreSQL's scan.
     */
    public HelpPage page(String personKey, boolean given, HelpStatus status, HelpCursor cursor, int limit) {
        String person = given ? HELPER_KEY : HELPED_KEY;
        StringBuilder where = new StringBuilder(person + " = ? AND " + STATUS + " = ?");
        List<Object> params = new ArrayList<>(List.of(personKey, status.name()));
        if (cursor != null) {
            where.append(" AND ").append(HELPED_ON).append(" <= ? AND (").append(HELPED_ON).append(" < ? OR (").append(HELPED_ON)
                    .append(" = ? AND ").append(ID).append(" < ?))");
            params.add(cursor.helpedOn().toString());
            params.add(cursor.helpedOn().toString());
            params.add(cursor.helpedOn().toString());
            params.add((int) cursor.id());
        }
        HelpEntryEntity[] rows = ao.find(HelpEntryEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(where.toString(), params.toArray())
                .order(newestFirst(person))
                .limit(limit + 1));
        List<HelpEntry> items = load(Arrays.copyOf(rows, Math.min(rows.length, limit)));
        HelpEntry last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new HelpPage(items, rows.length > limit && last != null ? new HelpCursor(last.helpedOn(), last.id()) : null);
    }

    /** Newest day first, ties by id, led by the two columns fixed by {@code = ?}: the order of the index on all four. */
    static String newestFirst(String personOrTarget) {
        return personOrTarget + " DESC, " + STATUS + " DESC, " + HELPED_ON + " DESC, " + ID + " DESC";
    }

    /** Entries linked to a target (an issue key) in a status, newest day first, at most {@code limit}: two SELECTs. */
    public List<HelpEntry> forTarget(String linkTarget, HelpStatus status, int limit) {
        return load(ao.find(HelpEntryEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(LINK_TARGET + " = ? AND " + STATUS + " = ?", linkTarget, status.name())
                .order(newestFirst(LINK_TARGET))
                .limit(limit)));
    }

    /**
     * Re-points every entry tagged {@code from} to {@code into} (an entry that had both keeps one)
     * and returns the entries that changed, as they were before.
     */
    public List<HelpEntry> repointSkill(String from, String into) {
        HelpSkillEntity[] tagged = ao.find(HelpSkillEntity.class, ColumnQuery.select(HelpSkillEntity.ALL_COLUMNS)
                .where(HelpSkillEntity.SKILL_NAME + " = ?", from));
        if (tagged.length == 0) {
            return List.of();
        }
        List<Integer> ids = Arrays.stream(tagged).map(HelpSkillEntity::getEntryId).distinct().toList();
        List<HelpEntry> before = load(ao.find(HelpEntryEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(ID + " IN (" + placeholders(ids.size()) + ")", ids.toArray())));
        ao.deleteWithSQL(HelpSkillEntity.class, HelpSkillEntity.SKILL_NAME + " = ?", from);
        for (HelpEntry entry : before) {
            if (entry.skills().stream().noneMatch(s -> s.name().equals(into))) {
                ao.create(HelpSkillEntity.class,
                        new DBParam(HelpSkillEntity.ENTRY_ID, (int) entry.id()),
                        new DBParam(HelpSkillEntity.SKILL_NAME, into));
            }
        }
        return before;
    }

    /**
     * Up to {@code limit} entries the person helped in, was helped in or logged, lowest id first,
     * for privacy erasure: two SELECTs (the person columns are indexed, LOGGED_BY_KEY is always one of them).
     */
    public List<HelpEntry> involving(String personKey, int limit) {
        return load(ao.find(HelpEntryEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(HELPER_KEY + " = ? OR " + HELPED_KEY + " = ? OR " + HelpEntryEntity.LOGGED_BY_KEY + " = ?",
                        personKey, personKey, personKey)
                .order(ID + " ASC")
                .limit(limit)));
    }

    /**
     * Puts {@code replacement} wherever the entry names {@code personKey} (helper, helped, logged
     * by); with {@code dropDetails}, the details go too when the person wrote them (logged the
     * entry). True when details were removed.
     */
    public boolean replacePerson(long id, String personKey, String replacement, boolean dropDetails) {
        HelpEntryEntity[] rows = ao.find(HelpEntryEntity.class, ColumnQuery.select(ALL_COLUMNS).where(ID + " = ?", (int) id));
        if (rows.length == 0) {
            return false;
        }
        HelpEntryEntity row = rows[0];
        boolean detailsRemoved = dropDetails && personKey.equals(row.getLoggedByKey()) && row.getDetails() != null;
        // The department is org data about the erased person: it goes with their key.
        if (personKey.equals(row.getHelperKey())) {
            row.setHelperKey(replacement);
            row.setHelperDept(null);
        }
        if (personKey.equals(row.getHelpedKey())) {
            row.setHelpedKey(replacement);
            row.setHelpedDept(null);
        }
        if (personKey.equals(row.getLoggedByKey())) {
            row.setLoggedByKey(replacement);
        }
        if (detailsRemoved) {
            row.setDetails(null);
        }
        row.save();
        return detailsRemoved;
    }

    /**
     * Up to {@code limit} confirmed entries with an id above {@code afterId}, lowest id first, as the
     * two people and their recorded departments: one SELECT, for recounting the breadth counters.
     */
    public List<Sides> confirmedAfter(long afterId, int limit) {
        HelpEntryEntity[] rows = ao.find(HelpEntryEntity.class,
                ColumnQuery.select(ID + ", " + HELPER_KEY + ", " + HELPED_KEY + ", " + HelpEntryEntity.HELPER_DEPT + ", " + HelpEntryEntity.HELPED_DEPT)
                        .where(ID + " > ? AND " + STATUS + " = ?", (int) Math.min(afterId, Integer.MAX_VALUE), HelpStatus.CONFIRMED.name())
                        .order(ID + " ASC")
                        .limit(limit));
        return Arrays.stream(rows).map(r -> new Sides(r.getID(), r.getHelperKey(), r.getHelpedKey(),
                new Departments(r.getHelperDept(), r.getHelpedDept()))).toList();
    }

    /**
     * Records departments on entries (for the upgrade that fills them): one SELECT for the batch
     * and one UPDATE per entry; entries gone meanwhile are skipped.
     */
    public void setDepartments(Map<Long, Departments> byId) {
        if (byId.isEmpty()) {
            return;
        }
        List<Integer> ids = byId.keySet().stream().map(Long::intValue).toList();
        for (HelpEntryEntity row : ao.find(HelpEntryEntity.class, ColumnQuery.select(ID + ", " + HelpEntryEntity.HELPER_DEPT + ", "
                + HelpEntryEntity.HELPED_DEPT).where(ID + " IN (" + placeholders(ids.size()) + ")", ids.toArray()))) {
            Departments departments = byId.get((long) row.getID());
            row.setHelperDept(departments.helper());
            row.setHelpedDept(departments.helped());
            row.save();
        }
    }

    /** The two people's departments recorded on an entry; either may be null. */
    public record Departments(String helper, String helped) {
        public static final Departments NONE = new Departments(null, null);

        public boolean isEmpty() {
            return helper == null && helped == null;
        }
    }

    /** An entry's two people and their recorded departments. */
    public record Sides(long id, String helperKey, String helpedKey, Departments departments) {
    }

    /** Entries with their skills: one SELECT for the skills. */
    private List<HelpEntry> load(HelpEntryEntity[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        List<Integer> ids = Arrays.stream(rows).map(HelpEntryEntity::getID).toList();
        Map<Integer, List<SkillTag>> skills = new HashMap<>();
        for (HelpSkillEntity row : ao.find(HelpSkillEntity.class, ColumnQuery.select(HelpSkillEntity.ALL_COLUMNS)
                .where(HelpSkillEntity.ENTRY_ID + " IN (" + placeholders(ids.size()) + ")", ids.toArray())
                .order(HelpSkillEntity.ID + " ASC"))) {
            skills.computeIfAbsent(row.getEntryId(), k -> new ArrayList<>()).add(new SkillTag(row.getSkillName()));
        }
        return Arrays.stream(rows).map(r -> toRecord(r, skills.getOrDefault(r.getID(), List.of()))).toList();
    }

    private static HelpEntry toRecord(HelpEntryEntity e, List<SkillTag> skills) {
        return new HelpEntry(e.getID(), e.getHelperKey(), e.getHelpedKey(), e.getLoggedByKey(), HelpStatus.valueOf(e.getStatus()),
                e.getSummary(), e.getDetails() == null ? "" : e.getDetails(), e.getKindId(), skills,
                e.getLinkTarget() == null ? null : WorkLink.parse(e.getLinkTarget()), e.getMinutes(),
                LocalDate.parse(e.getHelpedOn()), e.getCreatedAt().toInstant(),
                e.getDecidedAt() == null ? null : e.getDecidedAt().toInstant(), e.getHelperDept(), e.getHelpedDept());
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
