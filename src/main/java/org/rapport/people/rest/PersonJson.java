package org.rapport.people.rest;

import org.rapport.people.Person;

/** A person as pickers receive them. */
public record PersonJson(String key, String username, String displayName, String avatarUrl) {
    public static PersonJson of(Person p) {
        return new PersonJson(p.key(), p.username(), p.displayName(), p.avatarUrl());
    }
}
