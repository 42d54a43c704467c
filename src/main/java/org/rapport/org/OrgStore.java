package org.rapport.org;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.org.ao.OrgPersonEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.rapport.org.ao.OrgPersonEntity.ALL_COLUMNS;
import static org.rapport.org.ao.OrgPersonEntity.MANAGER_KEY;
import static org.rapport.org.ao.OrgPersonEntity.USER_KEY;

/** The only class that touches the org table. Returns records; opens no transaction. */
@Named
public class OrgStore {
    /** Keys per IN list: Oracle accepts at most 1000. */
    public static final int CHUNK = 1000;
    private final ActiveObjects ao;

    @Inject
    public OrgStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<OrgPerson> find(String userKey) {
        OrgPersonEntity[] rows = ao.find(OrgPersonEntity.class, ColumnQuery.select(ALL_COLUMNS).where(USER_KEY + " = ?", userKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0]));
    }

    /** The rows of these people, in one SELECT; at most {@value #CHUNK} keys (the caller bounds them). */
    public Map<String, OrgPerson> findAll(Collection<String> userKeys) {
        Map<String, OrgPerson> result = new HashMap<>();
        if (userKeys.isEmpty()) {
            return result;
        }
        for (OrgPersonEntity row : rowsOf(List.copyOf(userKeys))) {
            result.put(row.getUserKey(), toRecord(row));
        }
        return result;
    }

    /** The user keys of the people this manager manages, in user-key order, at most {@code limit}. */
    public List<String> reportsOf(String managerKey, int limit) {
        OrgPersonEntity[] rows = ao.find(OrgPersonEntity.class, ColumnQuery.select(OrgPersonEntity.ID + ", " + USER_KEY)
                .where(MANAGER_KEY + " = ?", managerKey)
                .order(USER_KEY + " ASC")
                .limit(limit));
        return Arrays.stream(rows).map(OrgPersonEntity::getUserKey).toList();
    }

    /** Whether anybody names this person as their manager: one indexed SELECT of at most one row. */
    public boolean hasReports(String managerKey) {
        return ao.find(OrgPersonEntity.class, ColumnQuery.select(OrgPersonEntity.ID).where(MANAGER_KEY + " = ?", managerKey).limit(1)).length > 0;
    }

    /**
     * Every person's manager, for checking that an import or an edit leaves no loop. One SELECT of
     * two columns; the table holds at most one row per host user.
     */
    public Map<String, String> allManagers() {
        Map<String, String> result = new HashMap<>();
        for (OrgPersonEntity row : ao.find(OrgPersonEntity.class, ColumnQuery.select(OrgPersonEntity.ID + ", " + USER_KEY + ", " + MANAGER_KEY)
                .where(MANAGER_KEY + " IS NOT NULL"))) {
            result.put(row.getUserKey(), row.getManagerKey());
        }
        return result;
    }

    /**
     * Writes these people's rows: updates those that exist, inserts the others. Reads the existing
     * rows {@value #CHUNK} keys per SELECT (Oracle refuses longer IN lists), then one statement per
     * changed person.
     */
    public void saveAll(Collection<OrgPerson> people) {
        List<OrgPerson> list = List.copyOf(people);
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<OrgPerson> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            Map<String, OrgPersonEntity> existing = new HashMap<>();
            for (OrgPersonEntity row : rowsOf(chunk.stream().map(OrgPerson::userKey).toList())) {
                existing.put(row.getUserKey(), row);
            }
            for (OrgPerson person : chunk) {
                OrgPersonEntity row = existing.get(person.userKey());
                if (row == null) {
                    ao.create(OrgPersonEntity.class,
                            new DBParam(USER_KEY, person.userKey()),
                            new DBParam(MANAGER_KEY, person.managerKey()),
                            new DBParam(OrgPersonEntity.DEPARTMENT, person.department()));
                } else {
                    row.setManagerKey(person.managerKey());
                    row.setDepartment(person.department());
                    row.save();
                }
            }
        }
    }

    /** The rows of any number of people, {@value #CHUNK} keys per SELECT. */
    public Map<String, OrgPerson> findMany(Collection<String> userKeys) {
        List<String> keys = List.copyOf(userKeys);
        Map<String, OrgPerson> result = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            result.putAll(findAll(keys.subList(from, Math.min(keys.size(), from + CHUNK))));
        }
        return result;
    }

    private OrgPersonEntity[] rowsOf(List<String> userKeys) {
        return ao.find(OrgPersonEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(USER_KEY + " IN (" + String.join(", ", Collections.nCopies(userKeys.size(), "?")) + ")", userKeys.toArray()));
    }

    private static OrgPerson toRecord(OrgPersonEntity row) {
        return new OrgPerson(row.getUserKey(), row.getManagerKey(), row.getDepartment());
    }
}
