package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Compile-time stand-in (SAL): a user's stable key, unlike the renameable username. */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public static UserKey fromLong(long userkey) {
        return new UserKey(String.valueOf(userkey));
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && userkey.equals(other.userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
