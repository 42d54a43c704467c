package org.rapport.help.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.help.HelpAdminService;
import org.rapport.help.HelpDraft;
import org.rapport.help.HelpKindLabels;
import org.rapport.help.HelpService;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;
import org.rapport.platform.Actor;
import org.rapport.platform.WorkLink;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/rapport/help?person=USERNAME&link=RAP-1}: a person's help ledger (one's
 * own by default) with the form to log help, prefilled with an issue key when opened from an
 * issue. The page's script reads and writes through REST.
 */
@LicensedOnly
public class HelpPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient PeopleDirectory people;
    private final transient HelpService help;
    private final transient HelpAdminService admin;
    private final transient HelpKindLabels labels;

    @Inject
    public HelpPageServlet(Pages pages, PeopleDirectory people, HelpService help, HelpAdminService admin, HelpKindLabels labels) {
        this.labels = labels;
        this.pages = pages;
        this.people = people;
        this.help = help;
        this.admin = admin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        Person me = people.byKeyOrFormer(actor.get().userKey());
        Person person = people.byUsername(request.getParameter("person")).orElse(me);
        String link = request.getParameter("link");
        boolean validLink = link != null && link.length() <= WorkLink.MAX && WorkLink.isIssueKey(link.strip());
        List<Map<String, Object>> kinds = admin.kinds(actor.get(), false).stream()
                .map(k -> Map.<String, Object>of("code", k.code(), "label", labels.label(k)))
                .toList();
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        context.put("userKey", me.key());
        context.put("personKey", person.key());
        context.put("personName", person.displayName());
        context.put("self", person.key().equals(me.key()));
        context.put("kinds", kinds);
        context.put("prefillLink", validLink ? link.strip() : "");
        context.put("today", help.today().toString());
        context.put("earliest", help.today().minusDays(HelpService.DAYS_BACK).toString());
        context.put("summaryMax", HelpDraft.SUMMARY_MAX);
        context.put("detailsMax", HelpDraft.DETAILS_MAX);
        context.put("minutesMax", HelpDraft.MINUTES_MAX);
        pages.render(response, "templates/help.vm", context, "help");
    }
}
