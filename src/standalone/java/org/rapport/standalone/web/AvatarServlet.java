package org.rapport.standalone.web;

import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.UserStore;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /avatar/USERNAME.svg}: a generated avatar with the user's initials.
 *
 * <p>It must not tell strangers who has an account: anonymous callers get the same generic avatar
 * for every name, and so does anybody asking for a name that does not exist (Jira also answers an
 * unknown owner with its default avatar rather than an error). Signed-in people, who can search the
 * directory anyway, see initials.
 */
public final class AvatarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0052CC", "#00875A", "#5243AA", "#DE350B", "#FF991F", "#00A3BF"};
    private static final String GENERIC_COLOUR = "#6B778C";
    private final transient UserStore users;

    public AvatarServlet(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.endsWith(".svg")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean signedIn = RequestContext.currentUser().isPresent();
        Optional<HostUser> user = signedIn ? users.byUsername(path.substring(1, path.length() - 4)) : Optional.empty();
        String initials = user.map(u -> initials(u.displayName())).orElse("?");
        String colour = user.map(u -> COLOURS[Math.floorMod(u.key().hashCode(), COLOURS.length)]).orElse(GENERIC_COLOUR);
        response.setContentType("image/svg+xml");
        // The answer depends on who asks: a browser must not show a stranger's generic avatar after signing in.
        response.setHeader("Cache-Control", signedIn ? "private, max-age=3600" : "private, no-cache");
        response.setHeader("Vary", "Cookie, Authorization");
        response.getWriter().write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"" + colour + "\"/>"
                + "<text x=\"24\" y=\"30\" font-family=\"sans-serif\" font-size=\"18\" fill=\"#fff\" text-anchor=\"middle\">"
                + initials + "</text></svg>");
    }

    /** Up to two letters, only letters or digits, so nothing needs escaping in the SVG. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && out.length() < 2) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return out.isEmpty() ? "?" : out.toString().toUpperCase(Locale.ROOT);
    }
}
