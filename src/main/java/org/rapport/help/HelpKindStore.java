package org.rapport.help;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.help.ao.HelpKindEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.rapport.help.ao.HelpKindEntity.ALL_COLUMNS;
import static org.rapport.help.ao.HelpKindEntity.CODE;
import static org.rapport.help.ao.HelpKindEntity.ID;
import static org.rapport.help.ao.HelpKindEntity.SORT_ORDER;

/** The only class that touches the help kind table (a short admin-kept list). */
@Named
public class HelpKindStore {
    private final ActiveObjects ao;

    @Inject
    public HelpKindStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every kind, archived ones too, in display order: one SELECT. */
    public List<HelpKind> all() {
        return Arrays.stream(ao.find(HelpKindEntity.class, ColumnQuery.select(ALL_COLUMNS).order(SORT_ORDER + " ASC, " + ID + " ASC")))
                .map(HelpKindStore::toRecord).toList();
    }

    public Optional<HelpKind> byCode(String code) {
        HelpKindEntity[] rows = ao.find(HelpKindEntity.class, ColumnQuery.select(ALL_COLUMNS).where(CODE + " = ?", code));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0]));
    }

    public HelpKind insert(String code, String label, int sortOrder) {
        return toRecord(ao.create(HelpKindEntity.class,
                new DBParam(CODE, code),
                new DBParam(HelpKindEntity.KIND_LABEL, label),
                new DBParam(SORT_ORDER, sortOrder),
                new DBParam(HelpKindEntity.ARCHIVED, Boolean.FALSE)));
    }

    /** Renames and (un)archives a kind; empty when it does not exist. */
    public Optional<HelpKind> update(String code, String label, boolean archived) {
        HelpKindEntity[] rows = ao.find(HelpKindEntity.class, ColumnQuery.select(ALL_COLUMNS).where(CODE + " = ?", code));
        if (rows.length == 0) {
            return Optional.empty();
        }
        rows[0].setKindLabel(label);
        rows[0].setArchived(archived);
        rows[0].save();
        return Optional.of(toRecord(rows[0]));
    }

    private static HelpKind toRecord(HelpKindEntity e) {
        return new HelpKind(e.getID(), e.getCode(), e.getKindLabel(), e.getSortOrder(), e.getArchived());
    }
}
