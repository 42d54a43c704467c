package org.rapport.mentoring.pairing.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.mentoring.pairing.FeedbackDraft;
import org.rapport.mentoring.pairing.MentorshipService;
import org.rapport.mentoring.pairing.PairingEnd;
import org.rapport.mentoring.pairing.PairingView;
import org.rapport.platform.Actor;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/rapport/mentoring/pairing?id=N}: one pairing with the caller's actions
 * (accept, decline, withdraw, end with a reason, feedback). The page's script reads and acts
 * through {@code /rest/rapport/1.0/mentoring/pairings/N}, which decides what the caller may see
 * (a pairing they may not see shows as not found). Check-ins and goals fill their own sections, and
 * the page carries only those this viewer may read ({@link PairingView.Sections}): the pair both,
 * with forms while the pairing is active; a coordinator the goals, read-only; a manager neither
 * (the summary's counts and health), so the page never calls a resource that would refuse it.
 */
@LicensedOnly
public class PairingPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient MentorshipService pairings;

    @Inject
    public PairingPageServlet(Pages pages, MentorshipService pairings) {
        this.pages = pages;
        this.pairings = pairings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        String id = request.getParameter("id");
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        // Only digits reach the page; anything else shows as "not found" without a request.
        boolean wellFormed = id != null && id.matches("[0-9]{1,9}");
        context.put("pairingId", wellFormed ? id : "");
        PairingView.Sections sections = PairingView.Sections.NONE;
        boolean visible = false;
        int cadenceDays = 0;
        boolean countsAsHelp = true;
        if (wellFormed) {
            try {
                PairingView view = pairings.get(actor.get(), Long.parseLong(id));
                visible = true;
                sections = view.sections();
                cadenceDays = view.pairing().cadenceDays();
                countsAsHelp = view.pairing().countsAsHelp();
            } catch (NotFoundException e) {
                // Not visible to this viewer: the script shows "not found" from the same answer.
            }
        }
        context.put("visible", visible);
        context.put("showCheckIns", sections.checkIns());
        context.put("showGoals", sections.goals());
        context.put("canChange", sections.canChange());
        context.put("cadenceDays", cadenceDays);
        context.put("countsAsHelp", countsAsHelp);
        context.put("userKey", actor.get().userKey());
        context.put("reasonMax", PairingEnd.REASON_MAX);
        context.put("commentMax", FeedbackDraft.COMMENT_MAX);
        pages.render(response, "templates/pairing.vm", context, "pairing");
    }
}
