package org.rapport.mentoring.profile;

import org.rapport.help.HelpTallies;
import org.rapport.mentoring.matching.HelpEvidence;
import org.rapport.skills.SkillTag;
import org.rapport.tally.Tallies;
import org.rapport.tally.Tally;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapter from the help ledger to the matching engine's {@link HelpEvidence}: confirmed help each
 * candidate gave on each wanted skill, read from the help ledger's {@code HS|person} counters (only
 * confirmed entries move them). One SELECT per {@value #CHUNK} counters, only for the candidates'
 * shared skills, so a run never reads help it does not score.
 */
@Named
public class HelpSkillEvidence {
    static final int CHUNK = 500;

    private final Tallies tallies;

    @Inject
    public HelpSkillEvidence(Tallies tallies) {
        this.tallies = tallies;
    }

    /** A snapshot for these mentors and their offered skills that the mentee wants. */
    public HelpEvidence snapshot(Collection<MentorProfile> mentors, Collection<SkillTag> wanted) {
        List<Tally.Key> keys = new ArrayList<>();
        Map<Tally.Key, String[]> owners = new HashMap<>();
        for (MentorProfile mentor : mentors) {
            for (SkillTag skill : mentor.skills()) {
                if (wanted.contains(skill)) {
                    Tally.Key key = new Tally.Key(HelpTallies.skillBoard(mentor.personKey()), skill.name());
                    keys.add(key);
                    owners.put(key, new String[] {mentor.personKey(), skill.name()});
                }
            }
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            tallies.counts(keys.subList(i, Math.min(keys.size(), i + CHUNK))).forEach((key, count) -> {
                String[] owner = owners.get(key);
                counts.computeIfAbsent(owner[0], k -> new HashMap<>()).put(owner[1], Math.max(0, count));
            });
        }
        return HelpEvidence.snapshot(counts);
    }
}
