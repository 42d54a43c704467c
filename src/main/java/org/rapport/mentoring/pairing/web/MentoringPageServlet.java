package org.rapport.mentoring.pairing.web;

import com.atlassian.annotations.security.LicensedOnly;
import org.rapport.mentoring.pairing.PairingProposal;
import org.rapport.mentoring.profile.MenteeProfileDraft;
import org.rapport.mentoring.profile.MentorProfileDraft;
import org.rapport.mentoring.profile.MentoringProfileService;
import org.rapport.mentoring.profile.MentoringRole;
import org.rapport.platform.Actor;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/rapport/mentoring}: mentoring home. "My pairings", "Find a mentor" (the
 * caller's mentee profile and suggestions, each with "Ask to be my mentor"; {@code ?ask=<userKey>}
 * opens that request form at once) and "Become a mentor" (their mentor profile). The page's script reads
 * and writes through {@code /rest/rapport/1.0/mentoring}.
 */
@LicensedOnly
public class MentoringPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The JDK's region ids (about 600), sorted, offered as suggestions for the time zone fields. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();
    private final transient Pages pages;
    private final transient MentoringProfileService profiles;

    @Inject
    public MentoringPageServlet(Pages pages, MentoringProfileService profiles) {
        this.pages = pages;
        this.profiles = profiles;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        context.put("userKey", actor.get().userKey());
        // Which profiles exist, so the script asks only for what is there (no 404 on a first visit).
        MentoringRole role = profiles.role(actor.get(), actor.get().userKey());
        context.put("hasMentorProfile", role.mentor().isPresent());
        context.put("hasMenteeProfile", role.mentee());
        context.put("bioMax", MentorProfileDraft.BIO_MAX);
        context.put("goalsMax", MenteeProfileDraft.GOALS_MAX);
        context.put("capacityMax", MentorProfileDraft.CAPACITY_MAX);
        context.put("zones", ZONES);
        context.put("messageMax", PairingProposal.MESSAGE_MAX);
        // ?ask=<mentor's user key> (the profile panel's "Ask to be my mentor") pre-opens the request form; escaped by the template.
        String ask = request.getParameter("ask");
        context.put("ask", ask != null && !ask.isBlank() && ask.length() <= 255 ? ask.strip() : "");
        pages.render(response, "templates/mentoring.vm", context, "mentoring");
    }
}
