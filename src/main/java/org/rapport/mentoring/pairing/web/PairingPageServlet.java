package org.rapport.mentoring.pairing.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.mentoring.pairing.FeedbackDraft;
import org.rapport.mentoring.pairing.PairingEnd;
import org.rapport.platform.Actor;
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
 * (a pairing they may not see shows as not found). Check-ins and goals fill their own sections.
 */
@LicensedOnly
public class PairingPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;

    @Inject
    public PairingPageServlet(Pages pages) {
        this.pages = pages;
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
        context.put("pairingId", id != null && id.matches("[0-9]{1,9}") ? id : "");
        context.put("userKey", actor.get().userKey());
        context.put("reasonMax", PairingEnd.REASON_MAX);
        context.put("commentMax", FeedbackDraft.COMMENT_MAX);
        pages.render(response, "templates/pairing.vm", context, "pairing");
    }
}
