package org.rapport.standalone.auth;

import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.users.UserStore;

import java.time.Clock;

/** The host's ways of knowing who calls: browser sessions, passwords (form and Basic) and access tokens. */
public record Authentication(SessionStore sessions, PasswordSignIn passwords, AccessTokens tokens) {

    /** Creates the sign-in tables if needed and wires the three together. */
    public static Authentication open(HostDatabase db, UserStore users, Clock clock) {
        SessionStore sessions = new SessionStore(db, clock);
        SignInThrottle throttle = new SignInThrottle(db, clock);
        AccessTokens tokens = new AccessTokens(db, clock);
        sessions.createTables();
        throttle.createTables();
        tokens.createTables();
        return new Authentication(sessions, new PasswordSignIn(users, throttle, clock), tokens);
    }
}
