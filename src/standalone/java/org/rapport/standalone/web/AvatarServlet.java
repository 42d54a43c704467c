package org.rapport.standalone.web;

import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.UserStore;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** {@code /avatar/USERNAME.svg}: a generated avatar with the user's initials. */
public final class AvatarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0052CC", "#00875A", "#5243AA", "#DE350B", "#FF991F", "#00A3BF"};
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
        Optional<HostUser> user = users.byUsername(path.substring(1, path.length() - 4));
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String initials = initials(user.get().displayName());
        String colour = COLOURS[Math.floorMod(user.get().key().hashCode(), COLOURS.length)];
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "private, max-age=3600");
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
