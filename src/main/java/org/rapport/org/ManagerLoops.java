package org.rapport.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people who sit on a loop of managers (A manages B manages A). Each person has at most
 * one manager, so the chart is a functional graph: one walk per person, each person visited once.
 */
final class ManagerLoops {
    private ManagerLoops() {
    }

    /** The people on a loop in this person-to-manager map. */
    static Set<String> peopleOnLoops(Map<String, String> managerOf) {
        Map<String, Integer> state = new HashMap<>(); // absent: unseen; 1: on the current walk; 2: finished
        Set<String> onLoop = new HashSet<>();
        for (String start : managerOf.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> walk = new ArrayList<>();
            String at = start;
            while (at != null && !state.containsKey(at)) {
                state.put(at, 1);
                walk.add(at);
                at = managerOf.get(at);
            }
            if (at != null && state.get(at) == 1) {
                onLoop.addAll(walk.subList(walk.indexOf(at), walk.size()));
            }
            walk.forEach(p -> state.put(p, 2));
        }
        return onLoop;
    }
}
