package org.rapport.recognition.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;
import org.rapport.platform.Actor;
import org.rapport.platform.web.Pages;
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
 * {@code /plugins/servlet/rapport/recognise?to=USERNAME}: where a "Recognise" action leads. It
 * shows whom you are recognising and the categories you can recognise them in.
 */
@LicensedOnly
public class RecognisePageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient PeopleDirectory people;
    private final transient CategoryService categories;

    @Inject
    public RecognisePageServlet(Pages pages, PeopleDirectory people, CategoryService categories) {
        this.pages = pages;
        this.people = people;
        this.categories = categories;
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
                .map(c -> Map.<String, Object>of("name", c.name(), "description", c.description(),
                        "glyph", c.icon().auiGlyph(), "hex", c.colour().hex(), "milestone", c.milestone()))
                .toList();
        Map<String, Object> context = new HashMap<>();
        context.put("hasRecipient", recipient.isPresent());
        context.put("recipientName", recipient.map(Person::displayName).orElse(""));
        context.put("categories", cards);
        pages.render(response, "templates/recognise.vm", context, "pages");
    }
}
