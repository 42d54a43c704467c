package org.rapport.org;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who manages whom and who works in which department, as admins imported it (see
 * {@link OrgService}). A manager is anybody named as someone's manager. Read-only and
 * permission-free: callers (feeds, leaderboards, manager views) decide what the caller may see.
 * Every answer is bounded: at most {@value #REPORTS_MAX} reports, {@value #KEYS_MAX} keys per
 * department lookup, {@value #CHAIN_MAX} managers up a chain.
 */
@Named
public class OrgChart {
    /** Most direct reports {@link #directReportsOf} returns. */
    public static final int REPORTS_MAX = 1000;
    /** Most user keys {@link #departmentsOf} accepts (one IN list; Oracle's limit). */
    public static final int KEYS_MAX = OrgStore.CHUNK;
    /** Most managers {@link #managementChainOf} walks up. */
    public static final int CHAIN_MAX = 50;

    private final OrgStore store;

    @Inject
    public OrgChart(OrgStore store) {
        this.store = store;
    }

    public Optional<String> managerOf(String userKey) {
        return userKey == null ? Optional.empty() : store.find(userKey).map(OrgPerson::managerKey);
    }

    public Optional<String> departmentOf(String userKey) {
        return userKey == null ? Optional.empty() : store.find(userKey).map(OrgPerson::department);
    }

    /**
     * The departments of these people (those without one are left out), in one SELECT.
     *
     * @throws IllegalArgumentException for more than {@value #KEYS_MAX} distinct keys
     */
    public Map<String, String> departmentsOf(Collection<String> userKeys) {
        Set<String> keys = new HashSet<>(userKeys);
        keys.remove(null);
        if (keys.size() > KEYS_MAX) {
            throw new IllegalArgumentException("At most " + KEYS_MAX + " user keys per call, got " + keys.size());
        }
        Map<String, String> result = new LinkedHashMap<>();
        store.findAll(keys).forEach((key, person) -> {
            if (person.department() != null) {
                result.put(key, person.department());
            }
        });
        return result;
    }

    /** The people this person manages directly, in user-key order, at most {@value #REPORTS_MAX}. */
    public List<String> directReportsOf(String managerKey) {
        return managerKey == null ? List.of() : store.reportsOf(managerKey, REPORTS_MAX);
    }

    /** Whether anybody names this person as their manager. */
    public boolean isManager(String userKey) {
        return userKey != null && store.hasReports(userKey);
    }

    /**
     * Whether {@code candidateKey} is the person's manager or anyone above them. Only a manager can
     * be, so this costs one indexed SELECT ("does anybody report to the candidate") for everybody
     * who manages nobody; for a manager it then walks the person's chain upwards (one SELECT per
     * level, at most {@value #CHAIN_MAX}) and stops at the candidate.
     */
    public boolean isManagerOrAbove(String candidateKey, String personKey) {
        if (candidateKey == null || personKey == null || candidateKey.equals(personKey) || !store.hasReports(candidateKey)) {
            return false;
        }
        Set<String> seen = new HashSet<>(Set.of(personKey));
        String at = personKey;
        for (int level = 0; level < CHAIN_MAX; level++) {
            Optional<String> manager = managerOf(at);
            if (manager.isEmpty() || !seen.add(manager.get())) {
                return false;
            }
            if (manager.get().equals(candidateKey)) {
                return true;
            }
            at = manager.get();
        }
        return false;
    }

    /**
     * The person's manager, that manager's manager, and so on, nearest first: at most
     * {@value #CHAIN_MAX}, stopping before anybody already in the chain (imports refuse loops,
     * but the walk never trusts that).
     */
    public List<String> managementChainOf(String userKey) {
        List<String> chain = new ArrayList<>();
        if (userKey == null) {
            return chain;
        }
        Set<String> seen = new HashSet<>(Set.of(userKey));
        String at = userKey;
        while (chain.size() < CHAIN_MAX) {
            Optional<String> manager = managerOf(at);
            if (manager.isEmpty() || !seen.add(manager.get())) {
                break;
            }
            chain.add(manager.get());
            at = manager.get();
        }
        return chain;
    }

    /**
     * The management chains of many people at once ({@link #managementChainOf} for each), from one
     * SELECT of every manager link (two columns; the org table holds at most one row per user).
     */
    public Map<String, List<String>> managementChainsOf(Collection<String> userKeys) {
        Map<String, String> managers = store.allManagers();
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String userKey : userKeys) {
            List<String> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(userKey));
            String at = managers.get(userKey);
            while (at != null && chain.size() < CHAIN_MAX && seen.add(at)) {
                chain.add(at);
                at = managers.get(at);
            }
            result.put(userKey, chain);
        }
        return result;
    }
}
