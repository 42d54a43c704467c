package org.rapport.recognition.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.admin.SettingsService;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;
import org.rapport.platform.Actor;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.web.Pages;
import org.rapport.recognition.RecognitionDraft;
import org.rapport.recognition.RecognitionLink;
import org.rapport.recognition.category.CategoryService;

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
 * {@code /plugins/servlet/rapport/recognise?to=USERNAME&link=KEY&message=TEXT}: the form to
 * recognise colleagues, prefilled with the person a "Recognise" action came from, the issue a
 * "Thank the assignee" action came from, and from a help entry ("turn into a recognition") its
 * summary as the message (cut to the message limit; the REST call validates). The form posts
 * through REST.
 */
@LicensedOnly
public class RecognisePageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient PeopleDirectory people;
    private final transient CategoryService categories;
    private final transient SettingsService settings;

    @Inject
    public RecognisePageServlet(Pages pages, PeopleDirectory people, CategoryService categories, SettingsService settings) {
        this.pages = pages;
        this.people = people;
        this.categories = categories;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        Optional<Person> recipient = people.byUsername(request.getParameter("to"))
                .filter(p -> !p.key().equals(actor.get().userKey()));
        List<Map<String, Object>> cards = categories.list(actor.get(), false).stream()
                .map(c -> Map.<String, Object>of("id", c.id(), "name", c.name(), "description", c.description(),
                        "glyph", c.icon().auiGlyph(), "hex", c.colour().hex(), "milestone", c.milestone()))
                .toList();
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        context.put("hasRecipient", recipient.isPresent());
        context.put("recipientKey", recipient.map(Person::key).orElse(""));
        context.put("recipientUsername", recipient.map(Person::username).orElse(""));
        context.put("recipientName", recipient.map(Person::displayName).orElse(""));
        context.put("prefillMessage", prefill(request.getParameter("message"), RecognitionDraft.MESSAGE_MAX));
        context.put("link", prefilledLink(request.getParameter("link")));
        context.put("categories", cards);
        context.put("categoryRequired", settings.current().categoryRequired());
        pages.render(response, "templates/recognise.vm", context, "recognise");
    }

    private static String prefill(String raw, int max) {
        if (raw == null) {
            return "";
        }
        String text = raw.strip();
        return text.codePointCount(0, text.length()) > max ? text.substring(0, text.offsetByCodePoints(0, max)) : text;
    }

    /** The link to prefill: one the form would accept, else none. */
    static String prefilledLink(String raw) {
        try {
            RecognitionLink link = RecognitionLink.parse(raw);
            return link == null ? "" : link.value();
        } catch (InvalidInputException e) {
            return "";
        }
    }
}
