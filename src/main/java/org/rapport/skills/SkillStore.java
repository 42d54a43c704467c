package org.rapport.skills;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.skills.ao.SkillTagEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.rapport.skills.ao.SkillTagEntity.ALL_COLUMNS;
import static org.rapport.skills.ao.SkillTagEntity.CANONICAL_NAME;
import static org.rapport.skills.ao.SkillTagEntity.TAG_NAME;

/** The only class that touches the tag table. Returns plain values; opens no transaction. */
@Named
public class SkillStore {
    private final ActiveObjects ao;

    @Inject
    public SkillStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Tag name to canonical name, for those of the names that are known: one SELECT. */
    public Map<String, String> canonicalNames(Collection<String> names) {
        Map<String, String> result = new HashMap<>();
        if (names.isEmpty()) {
            return result;
        }
        List<String> distinct = names.stream().distinct().toList();
        for (SkillTagEntity row : ao.find(SkillTagEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(TAG_NAME + " IN (" + placeholders(distinct.size()) + ")", distinct.toArray()))) {
            result.put(row.getTagName(), row.getCanonicalName());
        }
        return result;
    }

    /** Adds a new canonical tag. A racing insert of the same tag fails on the unique name. */
    public void insert(String name) {
        ao.create(SkillTagEntity.class, new DBParam(TAG_NAME, name), new DBParam(CANONICAL_NAME, name));
    }

    /**
     * Canonical tags that a tag starting with the prefix resolves to (so "k8" suggests
     * "kubernetes"), alphabetical by the typed tag, at most {@code limit}: one SELECT. The prefix
     * is a normalised tag, so it holds no LIKE wildcard.
     */
    public List<String> startingWith(String prefix, int limit) {
        SkillTagEntity[] rows = ao.find(SkillTagEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(TAG_NAME + " LIKE ?", prefix + "%")
                .order(TAG_NAME + " ASC").limit(limit * 3));
        return java.util.Arrays.stream(rows).map(SkillTagEntity::getCanonicalName).distinct().limit(limit).toList();
    }

    /**
     * Makes {@code from} (and every alias of it) an alias of {@code into}; {@code into} becomes a
     * canonical tag if it was not known.
     */
    public void merge(String from, String into) {
        if (canonicalNames(List.of(into)).isEmpty()) {
            insert(into);
        }
        for (SkillTagEntity row : ao.find(SkillTagEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(CANONICAL_NAME + " = ? OR " + TAG_NAME + " = ?", from, from))) {
            row.setCanonicalName(into);
            row.save();
        }
        if (canonicalNames(List.of(from)).isEmpty()) {
            ao.create(SkillTagEntity.class, new DBParam(TAG_NAME, from), new DBParam(CANONICAL_NAME, into));
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
