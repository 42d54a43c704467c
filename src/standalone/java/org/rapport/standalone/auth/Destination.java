package org.rapport.standalone.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the browser goes after signing in ({@code os_destination}): only a path on this host.
 *
 * <p>Browsers are lenient in ways a prefix check misses: they drop tabs and line breaks from a URL
 * ({@code /\t/evil.example} becomes {@code //evil.example}, another site), read {@code \} as
 * {@code /}, and resolve {@code ..}; a path that climbs above the root made Jetty's
 * {@code sendRedirect} fail with a 500. So the destination is normalised first and refused as a
 * whole (answer {@code /}) when anything about it is doubtful.
 */
public final class Destination {
    public static final String HOME = "/";

    private Destination() {
    }

    /** The same-origin path (with its query) to send the browser to, or {@value #HOME}. */
    public static String of(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 2000 || !raw.startsWith("/")) {
            return HOME;
        }
        // The container decoded the parameter once; decode once more for the checks so that an
        // encoded tab, backslash or dot segment ("%09", "%5C", "%2e%2e") is seen as well.
        String decoded = decodeOrNull(raw);
        if (decoded == null || doubtful(raw, false) || doubtful(decoded, true)) {
            return HOME;
        }
        URI uri;
        try {
            uri = new URI(raw).normalize();
        } catch (URISyntaxException e) {
            return HOME;
        }
        String path = uri.getRawPath();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
                || path.startsWith("//") || climbs(path) || climbs(decodeOrNull(path))
                || path.toLowerCase(Locale.ROOT).startsWith("/login.jsp")) {
            return HOME;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** Controls, whitespace (browsers strip some of them), backslashes, or a second slash at the start. */
    private static boolean doubtful(String s, boolean spaceAllowed) {
        if (s.startsWith("//") || s.contains("\\")) {
            return true;
        }
        // An encoded space ("%20" in a search) is harmless once decoded; a raw one is not a URL.
        return s.codePoints().anyMatch(c -> (c != ' ' || !spaceAllowed) && (Character.isISOControl(c)
                || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT));
    }

    /** A normalised absolute path keeps a leading {@code ..} when it tries to go above the root. */
    private static boolean climbs(String path) {
        if (path == null) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }

    private static String decodeOrNull(String s) {
        try {
            // URLDecoder turns '+' into a space, which would then be refused: keep '+' as it is.
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
