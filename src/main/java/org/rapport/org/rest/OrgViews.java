package org.rapport.org.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import org.rapport.org.ImportPlan;
import org.rapport.org.OrgPerson;
import org.rapport.org.RowError;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;

import javax.inject.Inject;
import javax.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Org records as JSON: people resolved to names, error messages in the caller's language. */
@Named
class OrgViews {
    static final int ROWS_SHOWN = 500;
    private final PeopleDirectory people;
    private final I18nResolver i18n;

    @Inject
    public OrgViews(PeopleDirectory people, @ComponentImport I18nResolver i18n) {
        this.people = people;
        this.i18n = i18n;
    }

    OrgPersonJson person(OrgPerson person) {
        return new OrgPersonJson(PersonJson.of(people.byKeyOrFormer(person.userKey())),
                person.managerKey() == null ? null : PersonJson.of(people.byKeyOrFormer(person.managerKey())),
                person.department());
    }

    ImportJson plan(ImportPlan plan, boolean dryRun) {
        return new ImportJson(dryRun, plan.valid(), plan.count(ImportPlan.Change.ADD), plan.count(ImportPlan.Change.CHANGE),
                plan.count(ImportPlan.Change.UNCHANGED),
                plan.rows().stream().limit(ROWS_SHOWN)
                        .map(r -> new ImportJson.Row(r.line(), r.username(), r.userKey(), r.manager(), r.department(),
                                r.change().name().toLowerCase(Locale.ROOT)))
                        .toList(),
                plan.errors().stream().map(this::error).toList());
    }

    private ImportJson.Error error(RowError e) {
        return new ImportJson.Error(e.line(), e.column(), e.toFieldError().field(),
                i18n.getText(e.messageKey(), e.arguments().toArray(Serializable[]::new)));
    }
}
