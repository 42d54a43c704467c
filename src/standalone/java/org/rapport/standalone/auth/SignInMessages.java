package org.rapport.standalone.auth;

/** What the host tells a person whose sign-ins are throttled (the host's own pages are in English). */
final class SignInMessages {
    private SignInMessages() {
    }

    /** Contains no quote or backslash, so it can go into a JSON string as it is. */
    static String throttled(PasswordSignIn.Throttled throttled) {
        long seconds = throttled.seconds();
        String wait = seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
        return "Too many failed sign-ins for this user or from this address. Try again in " + wait + ".";
    }
}
