package org.rapport.recognition.category;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.recognition.category.ao.CategoryEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.rapport.recognition.category.ao.CategoryEntity.ALL_COLUMNS;
import static org.rapport.recognition.category.ao.CategoryEntity.ARCHIVED;
import static org.rapport.recognition.category.ao.CategoryEntity.COLOUR;
import static org.rapport.recognition.category.ao.CategoryEntity.DESCRIPTION;
import static org.rapport.recognition.category.ao.CategoryEntity.ICON;
import static org.rapport.recognition.category.ao.CategoryEntity.ID;
import static org.rapport.recognition.category.ao.CategoryEntity.KIND;
import static org.rapport.recognition.category.ao.CategoryEntity.NAME;
import static org.rapport.recognition.category.ao.CategoryEntity.NORMALIZED_NAME;
import static org.rapport.recognition.category.ao.CategoryEntity.SORT_ORDER;
import static org.rapport.recognition.category.ao.CategoryEntity.UPDATED_AT;

/**
 * The only class that touches the category table. It returns {@link Category} records, never AO
 * proxies, and opens no transaction: callers run it inside {@code Transactions.write}.
 */
@Named
public class CategoryStore {
    private final ActiveObjects ao;

    @Inject
    public CategoryStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Categories in display order; archived ones only when asked. One SELECT. */
    public List<Category> list(boolean includeArchived) {
        Query query = ColumnQuery.select(ALL_COLUMNS).order(SORT_ORDER + " ASC, " + ID + " ASC");
        if (!includeArchived) {
            query = query.where(ARCHIVED + " = ?", Boolean.FALSE);
        }
        return Arrays.stream(ao.find(CategoryEntity.class, query)).map(CategoryStore::toRecord).toList();
    }

    public Optional<Category> find(long id) {
        return entity(id).map(CategoryStore::toRecord);
    }

    /** The category whose name equals this one, ignoring case and surrounding space. */
    public Optional<Category> findByName(String name) {
        CategoryEntity[] found = ao.find(CategoryEntity.class, ColumnQuery.select(ALL_COLUMNS)
                .where(NORMALIZED_NAME + " = ?", CategoryDraft.normalize(name)));
        return Arrays.stream(found).findFirst().map(CategoryStore::toRecord);
    }

    public int count() {
        return ao.count(CategoryEntity.class);
    }

    public Category insert(CategoryDraft draft, int sortOrder, Instant now) {
        CategoryEntity created = ao.create(CategoryEntity.class,
                new DBParam(NAME, draft.name()),
                new DBParam(NORMALIZED_NAME, draft.normalizedName()),
                new DBParam(DESCRIPTION, draft.description()),
                new DBParam(ICON, draft.icon().name()),
                new DBParam(COLOUR, draft.colour().name()),
                new DBParam(KIND, draft.kind().name()),
                new DBParam(SORT_ORDER, sortOrder),
                new DBParam(ARCHIVED, Boolean.FALSE),
                new DBParam(UPDATED_AT, Date.from(now)));
        return toRecord(created);
    }

    public Optional<Category> update(long id, CategoryDraft draft, Instant now) {
        return entity(id).map(e -> {
            e.setName(draft.name());
            e.setNormalizedName(draft.normalizedName());
            e.setDescription(draft.description());
            e.setIcon(draft.icon().name());
            e.setColour(draft.colour().name());
            e.setKind(draft.kind().name());
            e.setUpdatedAt(Date.from(now));
            e.save();
            return toRecord(e);
        });
    }

    public Optional<Category> setArchived(long id, boolean archived, Instant now) {
        return entity(id).map(e -> {
            e.setArchived(archived);
            e.setUpdatedAt(Date.from(now));
            e.save();
            return toRecord(e);
        });
    }

    /** Gives each listed category its index as sort order; ids not found are ignored. */
    public void reorder(List<Long> idsInOrder, Instant now) {
        for (int i = 0; i < idsInOrder.size(); i++) {
            int position = i;
            entity(idsInOrder.get(i)).ifPresent(e -> {
                e.setSortOrder(position);
                e.setUpdatedAt(Date.from(now));
                e.save();
            });
        }
    }

    /** The sort order a new category gets: after every existing one. */
    public int nextSortOrder() {
        CategoryEntity[] last = ao.find(CategoryEntity.class,
                ColumnQuery.select(ID + ", " + SORT_ORDER).order(SORT_ORDER + " DESC").limit(1));
        return last.length == 0 ? 0 : last[0].getSortOrder() + 1;
    }

    private Optional<CategoryEntity> entity(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        CategoryEntity[] found = ao.find(CategoryEntity.class,
                ColumnQuery.select(ALL_COLUMNS).where(ID + " = ?", (int) id));
        return Arrays.stream(found).findFirst();
    }

    private static Category toRecord(CategoryEntity e) {
        return new Category(
                e.getID(),
                e.getName(),
                e.getDescription() == null ? "" : e.getDescription(),
                CategoryIcon.valueOf(e.getIcon().toUpperCase(Locale.ROOT)),
                CategoryColour.valueOf(e.getColour().toUpperCase(Locale.ROOT)),
                CategoryKind.valueOf(e.getKind()),
                e.getSortOrder(),
                e.getArchived(),
                e.getUpdatedAt().toInstant());
    }
}
