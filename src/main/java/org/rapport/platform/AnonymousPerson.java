package org.rapport.platform;

/**
 * The fixed marker that replaces a person's user key when their data is anonymised on request
 * (privacy erasure). No host user has this key (host keys carry no colon), it is counted on no
 * leaderboard, and it is shown as a former user.
 */
public final class AnonymousPerson {
    public static final String KEY = "rapport:anonymous";

    private AnonymousPerson() {
    }

    public static boolean is(String userKey) {
        return KEY.equals(userKey);
    }
}
