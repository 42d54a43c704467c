package org.rapport.recognition.category;

import org.rapport.platform.Actor;
import org.rapport.platform.ConflictException;
import org.rapport.platform.Constraints;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.Permissions;
import org.rapport.platform.SystemClock;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recognition categories: everyone reads the active ones; only admins change them, which this
 * service checks itself whoever calls it. Every write is one transaction.
 */
@Named
public class CategoryService {
    /** Categories are a short list people choose from; the cap also bounds every list and reorder. */
    public static final int MAX_CATEGORIES = 100;

    private final CategoryStore store;
    private final Transactions transactions;
    private final Permissions permissions;
    private final SystemClock clock;

    @Inject
    public CategoryService(CategoryStore store, Transactions transactions, Permissions permissions, SystemClock clock) {
        this.store = store;
        this.transactions = transactions;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Active categories for anyone signed in; archived ones too for admins who ask. */
    public List<Category> list(Actor actor, boolean includeArchived) {
        if (includeArchived) {
            permissions.requireAdmin(actor, "list archived categories");
        }
        return store.list(includeArchived);
    }

    /**
     * Every category, archived ones included, to show on recognitions given in them. Their names
     * are no secret: whoever sees a recognition sees its category.
     */
    public List<Category> allForDisplay() {
        return store.list(true);
    }

    /** An active category anyone may choose, or an archived one for admins; else not found. */
    public Category get(Actor actor, long id) {
        Category category = store.find(id).orElseThrow(() -> new NotFoundException("category"));
        if (category.archived() && !permissions.isAdmin(actor)) {
            throw new NotFoundException("category");
        }
        return category;
    }

    public Category create(Actor actor, CategoryDraft draft) {
        permissions.requireAdmin(actor, "create a category");
        return uniquely(() -> transactions.write(() -> {
            if (store.count() >= MAX_CATEGORIES) {
                throw new ConflictException(FieldError.of("name", "rapport.category.error.limit", MAX_CATEGORIES));
            }
            requireNameFree(draft, 0);
            return store.insert(draft, store.nextSortOrder(), clock.now());
        }));
    }

    public Category update(Actor actor, long id, CategoryDraft draft) {
        permissions.requireAdmin(actor, "edit a category");
        return uniquely(() -> transactions.write(() -> {
            requireNameFree(draft, id);
            return store.update(id, draft, clock.now()).orElseThrow(() -> new NotFoundException("category"));
        }));
    }

    /** Takes a category out of the pickers; recognitions already given in it keep it. */
    public Category archive(Actor actor, long id) {
        permissions.requireAdmin(actor, "archive a category");
        return transactions.write(() -> store.setArchived(id, true, clock.now())
                .orElseThrow(() -> new NotFoundException("category")));
    }

    public Category restore(Actor actor, long id) {
        permissions.requireAdmin(actor, "restore a category");
        return transactions.write(() -> store.setArchived(id, false, clock.now())
                .orElseThrow(() -> new NotFoundException("category")));
    }

    /**
     * Puts every category in the given order. The list must name each existing category exactly
     * once: a list made from a stale page (a category added or missing meanwhile) is a conflict.
     */
    public List<Category> reorder(Actor actor, List<Long> idsInOrder) {
        permissions.requireAdmin(actor, "reorder categories");
        if (idsInOrder == null || idsInOrder.isEmpty()) {
            throw new InvalidInputException(FieldError.of("ids", "rapport.error.required"));
        }
        if (idsInOrder.size() > MAX_CATEGORIES) {
            throw new InvalidInputException(FieldError.of("ids", "rapport.error.too.many", MAX_CATEGORIES));
        }
        Set<Long> unique = new HashSet<>(idsInOrder);
        if (unique.size() != idsInOrder.size() || unique.contains(null)) {
            throw new InvalidInputException(FieldError.of("ids", "rapport.category.error.order.duplicate"));
        }
        return transactions.write(() -> {
            Set<Long> existing = new HashSet<>();
            store.list(true).forEach(c -> existing.add(c.id()));
            if (!existing.equals(unique)) {
                throw new ConflictException(FieldError.of("ids", "rapport.category.error.order.stale"));
            }
            store.reorder(idsInOrder, clock.now());
            return store.list(true);
        });
    }

    private void requireNameFree(CategoryDraft draft, long ownId) {
        store.findByName(draft.name())
                .filter(other -> other.id() != ownId)
                .ifPresent(other -> {
                    throw duplicateName();
                });
    }

    /** The unique index settles two admins saving the same name at once: the loser gets a 409 too. */
    private static Category uniquely(Supplier<Category> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException(FieldError.of("name", "rapport.category.error.name.taken"), e);
            }
            throw e;
        }
    }

    private static ConflictException duplicateName() {
        return new ConflictException(FieldError.of("name", "rapport.category.error.name.taken"));
    }
}
