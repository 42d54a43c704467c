package org.rapport.mentoring.profile;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.mentoring.profile.ao.MenteeProfileEntity;
import org.rapport.mentoring.profile.ao.MentorProfileEntity;
import org.rapport.mentoring.profile.ao.MentoringSkillEntity;
import org.rapport.skills.SkillTag;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only class that touches the mentoring profile tables. Returns records; opens no transaction
 * (MentoringProfileService does).
 */
@Named
public class MentoringStore {
    /** Rows per IN (...) list: well under every supported database's bind-parameter limit. */
    static final int CHUNK = 500;
    /** {@code SKILL_ROLE} values: a skill a mentor offers, a skill a mentee wants. */
    private static final String ROLE_OFFERED = "OFFERED";
    private static final String ROLE_WANTED = "WANTED";

    private final ActiveObjects ao;

    @Inject
    public MentoringStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<MentorProfile> mentor(String personKey) {
        MentorProfileEntity[] rows = ao.find(MentorProfileEntity.class, ColumnQuery.select(MentorProfileEntity.ALL_COLUMNS)
                .where(MentorProfileEntity.PERSON_KEY + " = ?", personKey));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(mentor(rows[0], skills(List.of(personKey), ROLE_OFFERED).getOrDefault(personKey, List.of())));
    }

    public Optional<MenteeProfile> mentee(String personKey) {
        MenteeProfileEntity[] rows = ao.find(MenteeProfileEntity.class, ColumnQuery.select(MenteeProfileEntity.ALL_COLUMNS)
                .where(MenteeProfileEntity.PERSON_KEY + " = ?", personKey));
        if (rows.length == 0) {
            return Optional.empty();
        }
        MenteeProfileEntity row = rows[0];
        return Optional.of(new MenteeProfile(row.getPersonKey(), row.getGoals(),
                skills(List.of(personKey), ROLE_WANTED).getOrDefault(personKey, List.of()), row.isPreferOtherDepartment(),
                row.isPreferTimeOverlap(), ZoneId.of(row.getTimeZoneId()), Instant.ofEpochMilli(row.getUpdatedAt())));
    }

    /** Creates or replaces the person's mentor profile; skills are canonical tags. */
    public void saveMentor(String personKey, MentorProfileDraft draft, Instant at) {
        MentorProfileEntity[] rows = ao.find(MentorProfileEntity.class, ColumnQuery.select(MentorProfileEntity.ALL_COLUMNS)
                .where(MentorProfileEntity.PERSON_KEY + " = ?", personKey));
        if (rows.length == 0) {
            ao.create(MentorProfileEntity.class,
                    new DBParam(MentorProfileEntity.PERSON_KEY, personKey),
                    new DBParam(MentorProfileEntity.CAPACITY_LIMIT, draft.capacity()),
                    new DBParam(MentorProfileEntity.PAUSED, draft.paused()),
                    new DBParam(MentorProfileEntity.BIO, draft.bio()),
                    new DBParam(MentorProfileEntity.TIME_ZONE_ID, draft.timeZone().getId()),
                    new DBParam(MentorProfileEntity.UPDATED_AT, at.toEpochMilli()));
        } else {
            MentorProfileEntity row = rows[0];
            row.setCapacityLimit(draft.capacity());
            row.setPaused(draft.paused());
            row.setBio(draft.bio());
            row.setTimeZoneId(draft.timeZone().getId());
            row.setUpdatedAt(at.toEpochMilli());
            row.save();
        }
        replaceSkills(personKey, ROLE_OFFERED, draft.skills());
    }

    /** Creates or replaces the person's mentee profile; skills are canonical tags. */
    public void saveMentee(String personKey, MenteeProfileDraft draft, Instant at) {
        MenteeProfileEntity[] rows = ao.find(MenteeProfileEntity.class, ColumnQuery.select(MenteeProfileEntity.ALL_COLUMNS)
                .where(MenteeProfileEntity.PERSON_KEY + " = ?", personKey));
        if (rows.length == 0) {
            ao.create(MenteeProfileEntity.class,
                    new DBParam(MenteeProfileEntity.PERSON_KEY, personKey),
                    new DBParam(MenteeProfileEntity.GOALS, draft.goals()),
                    new DBParam(MenteeProfileEntity.PREFER_OTHER_DEPARTMENT, draft.preferOtherDepartment()),
                    new DBParam(MenteeProfileEntity.PREFER_TIME_OVERLAP, draft.preferOverlappingTimezone()),
                    new DBParam(MenteeProfileEntity.TIME_ZONE_ID, draft.timeZone().getId()),
                    new DBParam(MenteeProfileEntity.UPDATED_AT, at.toEpochMilli()));
        } else {
            MenteeProfileEntity row = rows[0];
            row.setGoals(draft.goals());
            row.setPreferOtherDepartment(draft.preferOtherDepartment());
            row.setPreferTimeOverlap(draft.preferOverlappingTimezone());
            row.setTimeZoneId(draft.timeZone().getId());
            row.setUpdatedAt(at.toEpochMilli());
            row.save();
        }
        replaceSkills(personKey, ROLE_WANTED, draft.skills());
    }

    /**
     * Open (not paused) mentors offering at least one of the skills, at most {@code limit}, in a
     * stable order (by user key). Bounded: the tag index finds the offering rows (at most
     * {@code limit} × skills of them), then profiles and their skills load in chunks.
     */
    public List<MentorProfile> openMentorsOffering(Collection<SkillTag> wanted, int limit) {
        if (wanted.isEmpty() || limit < 1) {
            return List.of();
        }
        List<String> names = wanted.stream().map(SkillTag::name).distinct().toList();
        MentoringSkillEntity[] offering = ao.find(MentoringSkillEntity.class, ColumnQuery.select(MentoringSkillEntity.ALL_COLUMNS)
                .where(MentoringSkillEntity.SKILL_ROLE + " = ? AND " + MentoringSkillEntity.SKILL_NAME + " IN ("
                        + placeholders(names.size()) + ")", concat(ROLE_OFFERED, names))
                .order(MentoringSkillEntity.PERSON_KEY + " ASC")
                .limit(limit * names.size()));
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (MentoringSkillEntity row : offering) {
            if (keys.size() == limit) {
                break;
            }
            keys.add(row.getPersonKey());
        }
        List<String> keyList = List.copyOf(keys);
        Map<String, List<SkillTag>> skills = skills(keyList, ROLE_OFFERED);
        List<MentorProfile> result = new ArrayList<>();
        for (List<String> chunk : chunks(keyList)) {
            for (MentorProfileEntity row : ao.find(MentorProfileEntity.class, ColumnQuery.select(MentorProfileEntity.ALL_COLUMNS)
                    .where(MentorProfileEntity.PAUSED + " = ? AND " + MentorProfileEntity.PERSON_KEY + " IN ("
                            + placeholders(chunk.size()) + ")", concat(Boolean.FALSE, chunk))
                    .order(MentorProfileEntity.PERSON_KEY + " ASC"))) {
                result.add(mentor(row, skills.getOrDefault(row.getPersonKey(), List.of())));
            }
        }
        return result;
    }

    /** Mentor profiles of the given people (for panels and lists), by person key: chunked SELECTs. */
    public Map<String, MentorProfile> mentors(Collection<String> personKeys) {
        List<String> keys = personKeys.stream().distinct().toList();
        Map<String, MentorProfile> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        Map<String, List<SkillTag>> skills = skills(keys, ROLE_OFFERED);
        for (List<String> chunk : chunks(keys)) {
            for (MentorProfileEntity row : ao.find(MentorProfileEntity.class, ColumnQuery.select(MentorProfileEntity.ALL_COLUMNS)
                    .where(MentorProfileEntity.PERSON_KEY + " IN (" + placeholders(chunk.size()) + ")", chunk.toArray()))) {
                result.put(row.getPersonKey(), mentor(row, skills.getOrDefault(row.getPersonKey(), List.of())));
            }
        }
        return result;
    }

    /** Whether the person has a mentee profile: one SELECT of one column. */
    /** Deletes a person's mentor and mentee profiles with their skills; answers how many profiles went. */
    public int deleteProfiles(String personKey) {
        ao.deleteWithSQL(MentoringSkillEntity.class, MentoringSkillEntity.PERSON_KEY + " = ?", personKey);
        return ao.deleteWithSQL(MentorProfileEntity.class, MentorProfileEntity.PERSON_KEY + " = ?", personKey)
                + ao.deleteWithSQL(MenteeProfileEntity.class, MenteeProfileEntity.PERSON_KEY + " = ?", personKey);
    }

    public boolean hasMenteeProfile(String personKey) {
        return ao.find(MenteeProfileEntity.class, ColumnQuery.select(MenteeProfileEntity.ID)
                .where(MenteeProfileEntity.PERSON_KEY + " = ?", personKey).limit(1)).length > 0;
    }

    /** A skills-vocabulary merge: every mentoring use of {@code from} becomes {@code into}, without duplicates. */
    public void repointSkill(String from, String into) {
        MentoringSkillEntity[] rows = ao.find(MentoringSkillEntity.class, ColumnQuery.select(MentoringSkillEntity.ALL_COLUMNS)
                .where(MentoringSkillEntity.SKILL_NAME + " = ?", from));
        if (rows.length == 0) {
            return;
        }
        MentoringSkillEntity[] existing = ao.find(MentoringSkillEntity.class, ColumnQuery.select(MentoringSkillEntity.ALL_COLUMNS)
                .where(MentoringSkillEntity.SKILL_NAME + " = ?", into));
        java.util.Set<String> has = new java.util.HashSet<>();
        for (MentoringSkillEntity row : existing) {
            has.add(row.getPersonKey() + "|" + row.getSkillRole());
        }
        ao.deleteWithSQL(MentoringSkillEntity.class, MentoringSkillEntity.SKILL_NAME + " = ?", from);
        for (MentoringSkillEntity row : rows) {
            if (has.add(row.getPersonKey() + "|" + row.getSkillRole())) {
                ao.create(MentoringSkillEntity.class,
                        new DBParam(MentoringSkillEntity.PERSON_KEY, row.getPersonKey()),
                        new DBParam(MentoringSkillEntity.SKILL_ROLE, row.getSkillRole()),
                        new DBParam(MentoringSkillEntity.SKILL_NAME, into));
            }
        }
    }

    // ---- Programme (coordinators): whole-pool reads, bounded by the caller's limit ----

    /** Mentee profiles with their wanted skills, in person-key order, at most {@code limit}. */
    public List<MenteeProfile> menteeProfiles(int limit) {
        MenteeProfileEntity[] rows = ao.find(MenteeProfileEntity.class, ColumnQuery.select(MenteeProfileEntity.ALL_COLUMNS)
                .order(MenteeProfileEntity.PERSON_KEY + " ASC").limit(limit));
        List<String> keys = new ArrayList<>();
        for (MenteeProfileEntity row : rows) {
            keys.add(row.getPersonKey());
        }
        Map<String, List<SkillTag>> skills = skills(keys, ROLE_WANTED);
        List<MenteeProfile> result = new ArrayList<>();
        for (MenteeProfileEntity row : rows) {
            result.add(new MenteeProfile(row.getPersonKey(), row.getGoals(), skills.getOrDefault(row.getPersonKey(), List.of()),
                    row.isPreferOtherDepartment(), row.isPreferTimeOverlap(), ZoneId.of(row.getTimeZoneId()),
                    Instant.ofEpochMilli(row.getUpdatedAt())));
        }
        return result;
    }

    /** Mentors open for mentees (not paused, capacity above 0) with their skills, in person-key order, at most {@code limit}. */
    public List<MentorProfile> openMentors(int limit) {
        MentorProfileEntity[] rows = ao.find(MentorProfileEntity.class, ColumnQuery.select(MentorProfileEntity.ALL_COLUMNS)
                .where(MentorProfileEntity.PAUSED + " = ? AND " + MentorProfileEntity.CAPACITY_LIMIT + " > ?", Boolean.FALSE, 0)
                .order(MentorProfileEntity.PERSON_KEY + " ASC").limit(limit));
        List<String> keys = new ArrayList<>();
        for (MentorProfileEntity row : rows) {
            keys.add(row.getPersonKey());
        }
        Map<String, List<SkillTag>> skills = skills(keys, ROLE_OFFERED);
        List<MentorProfile> result = new ArrayList<>();
        for (MentorProfileEntity row : rows) {
            result.add(mentor(row, skills.getOrDefault(row.getPersonKey(), List.of())));
        }
        return result;
    }

    /** How many mentee profiles exist (one COUNT). */
    public int menteeProfileCount() {
        return ao.count(MenteeProfileEntity.class, ColumnQuery.select(MenteeProfileEntity.ID));
    }

    private void replaceSkills(String personKey, String role, List<SkillTag> skills) {
        ao.deleteWithSQL(MentoringSkillEntity.class,
                MentoringSkillEntity.PERSON_KEY + " = ? AND " + MentoringSkillEntity.SKILL_ROLE + " = ?", personKey, role);
        for (SkillTag skill : skills) {
            ao.create(MentoringSkillEntity.class,
                    new DBParam(MentoringSkillEntity.PERSON_KEY, personKey),
                    new DBParam(MentoringSkillEntity.SKILL_ROLE, role),
                    new DBParam(MentoringSkillEntity.SKILL_NAME, skill.name()));
        }
    }

    /** Skills of one role per person, in the order they were saved (by row id). */
    private Map<String, List<SkillTag>> skills(List<String> personKeys, String role) {
        Map<String, List<SkillTag>> result = new HashMap<>();
        for (List<String> chunk : chunks(personKeys)) {
            for (MentoringSkillEntity row : ao.find(MentoringSkillEntity.class, ColumnQuery.select(MentoringSkillEntity.ALL_COLUMNS)
                    .where(MentoringSkillEntity.SKILL_ROLE + " = ? AND " + MentoringSkillEntity.PERSON_KEY + " IN ("
                            + placeholders(chunk.size()) + ")", concat(role, chunk))
                    .order(MentoringSkillEntity.ID + " ASC"))) {
                result.computeIfAbsent(row.getPersonKey(), k -> new ArrayList<>()).add(new SkillTag(row.getSkillName()));
            }
        }
        return result;
    }

    private static MentorProfile mentor(MentorProfileEntity row, List<SkillTag> skills) {
        return new MentorProfile(row.getPersonKey(), skills, row.getCapacityLimit(), row.isPaused(), row.getBio(),
                ZoneId.of(row.getTimeZoneId()), Instant.ofEpochMilli(row.getUpdatedAt()));
    }

    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            chunks.add(keys.subList(i, Math.min(keys.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static Object[] concat(Object first, List<String> rest) {
        Object[] params = new Object[rest.size() + 1];
        params[0] = first;
        System.arraycopy(rest.toArray(), 0, params, 1, rest.size());
        return params;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
