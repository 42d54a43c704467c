package org.rapport.org;

import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;
import org.rapport.platform.Retries;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Admins' changes to the org chart: a CSV import (dry run, then all-or-nothing) and the edit of one
 * person; and anyone's look at one person's manager and department. Checks the caller itself.
 */
@Named
public class OrgService {
    private final OrgStore store;
    private final PeopleDirectory people;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public OrgService(OrgStore store, PeopleDirectory people, Transactions transactions, Permissions permissions) {
        this.store = store;
        this.people = people;
        this.transactions = transactions;
        this.permissions = permissions;
    }

    /** One person's place; an unknown user is 404, a known one without data has an empty place. */
    public OrgPerson person(Actor actor, String userKey) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        Person person = people.byKey(userKey).orElseThrow(() -> new NotFoundException("user"));
        return store.find(person.key()).orElse(new OrgPerson(person.key(), null, null));
    }

    /** What importing the CSV would do, with an error per bad line; writes nothing. */
    public ImportPlan preview(Actor actor, String csv) {
        permissions.requireAdmin(actor, "import org data");
        return OrgImport.plan(csv, lookups());
    }

    /**
     * Imports the CSV in one transaction, checked again against the data as it is now: with any bad
     * line nothing is written and the errors come back as 400 ({@code rows[LINE].COLUMN}).
     */
    public ImportPlan importCsv(Actor actor, String csv) {
        permissions.requireAdmin(actor, "import org data");
        return Retries.onceMoreOnUniqueViolation(() -> transactions.write(() -> {
            ImportPlan plan = OrgImport.plan(csv, lookups());
            if (!plan.valid()) {
                throw new InvalidInputException(plan.errors().stream().map(RowError::toFieldError).toList());
            }
            store.saveAll(plan.writes());
            return plan;
        }));
    }

    /** Sets one person's manager (by username; empty for none) and department. */
    public OrgPerson edit(Actor actor, String userKey, PersonEdit edit) {
        permissions.requireAdmin(actor, "edit org data");
        Person person = people.byKey(userKey).orElseThrow(() -> new NotFoundException("user"));
        String managerKey = null;
        if (!edit.manager().isEmpty()) {
            managerKey = people.byUsername(edit.manager()).map(Person::key)
                    .orElseThrow(() -> new InvalidInputException(FieldError.of("manager", "rapport.org.error.unknown.manager", edit.manager())));
            if (managerKey.equals(person.key())) {
                throw new InvalidInputException(FieldError.of("manager", "rapport.org.error.self"));
            }
        }
        OrgPerson changed = new OrgPerson(person.key(), managerKey, edit.department());
        return Retries.onceMoreOnUniqueViolation(() -> transactions.write(() -> {
            Map<String, String> managers = new HashMap<>(store.allManagers());
            if (changed.managerKey() == null) {
                managers.remove(changed.userKey());
            } else {
                managers.put(changed.userKey(), changed.managerKey());
            }
            if (ManagerLoops.peopleOnLoops(managers).contains(changed.userKey())) {
                throw new InvalidInputException(FieldError.of("manager", "rapport.org.error.loop", edit.manager()));
            }
            store.saveAll(List.of(changed));
            return changed;
        }));
    }

    private OrgImport.Lookups lookups() {
        return new OrgImport.Lookups() {
            @Override
            public Optional<String> userKeyOf(String username) {
                return people.byUsername(username).map(Person::key);
            }

            @Override
            public Map<String, OrgPerson> stored(Collection<String> userKeys) {
                return store.findMany(userKeys);
            }

            @Override
            public Map<String, String> storedManagers() {
                return store.allManagers();
            }
        };
    }
}
