package org.rapport.mentoring.matching;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Test-data builders for the matching value types. */
final class Matching {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Matching() {
    }

    static MentorBuilder mentor(String key) {
        return new MentorBuilder(key);
    }

    static MenteeBuilder mentee(String key) {
        return new MenteeBuilder(key);
    }

    static final class MentorBuilder {
        private final String key;
        private Set<String> skills = Set.of("java");
        private String department = "engineering";
        private ZoneId zone = BERLIN;
        private int capacity = 2;
        private int active;
        private boolean paused;

        MentorBuilder(String key) {
            this.key = key;
        }

        MentorBuilder skills(String... tags) {
            skills = Set.of(tags);
            return this;
        }

        MentorBuilder department(String value) {
            department = value;
            return this;
        }

        MentorBuilder zone(String id) {
            zone = ZoneId.of(id);
            return this;
        }

        MentorBuilder capacity(int value) {
            capacity = value;
            return this;
        }

        MentorBuilder active(int value) {
            active = value;
            return this;
        }

        MentorBuilder paused() {
            paused = true;
            return this;
        }

        MentorCandidate build() {
            return new MentorCandidate(key, skills, department, zone, capacity, active, paused);
        }
    }

    static final class MenteeBuilder {
        private final String key;
        private Set<String> skills = Set.of("java");
        private String department = "engineering";
        private ZoneId zone = BERLIN;
        private boolean otherDepartment;
        private boolean overlap;
        private final Set<String> chain = new HashSet<>();

        MenteeBuilder(String key) {
            this.key = key;
        }

        MenteeBuilder skills(String... tags) {
            skills = Set.of(tags);
            return this;
        }

        MenteeBuilder department(String value) {
            department = value;
            return this;
        }

        MenteeBuilder zone(String id) {
            zone = ZoneId.of(id);
            return this;
        }

        MenteeBuilder prefersOtherDepartment() {
            otherDepartment = true;
            return this;
        }

        MenteeBuilder prefersOverlap() {
            overlap = true;
            return this;
        }

        MenteeBuilder managedBy(String... keys) {
            chain.addAll(List.of(keys));
            return this;
        }

        MenteeRequest build() {
            return new MenteeRequest(key, skills, department, zone, otherDepartment, overlap, chain);
        }
    }
}
