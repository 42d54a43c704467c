package org.rapport.help.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.help.HelpAdminService;
import org.rapport.help.HelpEntry;
import org.rapport.help.HelpKind;
import org.rapport.help.HelpKindLabels;
import org.rapport.help.HelpLedger;
import org.rapport.help.HelpPage;
import org.rapport.help.HelpService;
import org.rapport.help.HelpStatus;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;
import org.rapport.people.rest.PersonJson;
import org.rapport.platform.Actor;
import org.rapport.platform.WorkLink;

import javax.inject.Inject;
import javax.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns help entries into their JSON, resolving people and kinds once per page (kinds in one SELECT). */
@Named
class HelpViews {
    private final PeopleDirectory people;
    private final HelpService help;
    private final HelpAdminService admin;
    private final HelpKindLabels labels;
    private final ApplicationProperties application;

    @Inject
    public HelpViews(PeopleDirectory people, HelpService help, HelpAdminService admin, HelpKindLabels labels,
                     @ComponentImport ApplicationProperties application) {
        this.labels = labels;
        this.people = people;
        this.help = help;
        this.admin = admin;
        this.application = application;
    }

    public HelpJson one(Actor viewer, HelpEntry entry) {
        return list(viewer, List.of(entry)).get(0);
    }

    public HelpJson.Page page(Actor viewer, HelpPage page) {
        return new HelpJson.Page(list(viewer, page.items()), page.next() == null ? null : page.next().encode());
    }

    public LedgerJson ledger(Actor viewer, HelpLedger ledger) {
        return new LedgerJson(PersonJson.of(people.byKeyOrFormer(ledger.personKey())), ledger.given(), ledger.received(),
                ledger.colleagues(), ledger.departments(),
                ledger.topSkills().stream().map(s -> new LedgerJson.SkillCount(s.skill(), s.count())).toList(),
                ledger.months().stream().map(m -> new LedgerJson.Month(m.month(), m.given(), m.received())).toList(),
                list(viewer, ledger.pending()), list(viewer, ledger.awaiting()));
    }

    public List<HelpJson> list(Actor viewer, List<HelpEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, HelpKind> kinds = admin.allKinds().stream().collect(Collectors.toMap(HelpKind::id, Function.identity()));
        boolean isAdmin = help.isAdmin(viewer);
        Map<String, Person> persons = new HashMap<>();
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        return entries.stream().map(e -> {
            Person helper = persons.computeIfAbsent(e.helperKey(), people::byKeyOrFormer);
            Person helped = persons.computeIfAbsent(e.helpedKey(), people::byKeyOrFormer);
            HelpKind kind = kinds.get(e.kindId());
            boolean recognise = e.confirmed() && e.helpedKey().equals(viewer.userKey());
            return new HelpJson(e.id(), PersonJson.of(helper), PersonJson.of(helped), e.status().name(), e.summary(), e.details(),
                    kind == null ? null : new HelpJson.KindRef(kind.code(), labels.label(kind)),
                    e.skills().stream().map(Object::toString).toList(),
                    link(base, e.link()),
                    e.minutes() == 0 ? null : e.minutes(),
                    e.helpedOn().toString(), e.createdAt().toString(),
                    e.status() == HelpStatus.PENDING && e.helpedKey().equals(viewer.userKey()),
                    help.canDelete(viewer, e, isAdmin),
                    recognise ? recogniseUrl(base, helper, e) : null);
        }).toList();
    }

    /** The Recognise form prefilled from the entry: the helper, the summary as message, the link. */
    public static String recogniseUrl(String base, Person helper, HelpEntry entry) {
        StringBuilder url = new StringBuilder(base).append("/plugins/servlet/rapport/recognise?to=").append(encode(helper.username()))
                .append("&message=").append(encode(entry.summary()));
        if (entry.link() != null) {
            url.append("&link=").append(encode(entry.link().value()));
        }
        return url.toString();
    }

    static HelpJson.LinkJson link(String base, WorkLink link) {
        if (link == null) {
            return null;
        }
        String url = link.kind() == WorkLink.Kind.ISSUE ? base + "/browse/" + link.value() : link.value();
        return new HelpJson.LinkJson(link.kind().name(), link.value(), url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
