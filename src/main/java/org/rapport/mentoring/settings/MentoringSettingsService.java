package org.rapport.mentoring.settings;

import org.rapport.admin.StoredSettings;
import org.rapport.mentoring.matching.InvalidMatchingInputException;
import org.rapport.mentoring.matching.MatchingWeights;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotSignedInException;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Mentoring's rules (coordinator group, default cadence, grace, matching weights): read by anyone's
 * services, changed by admins (checked here). Kept in the settings table under {@code mentoring.}.
 * Also answers who coordinates the programme.
 */
@Named
public class MentoringSettingsService {
    static final String PREFIX = "mentoring.";
    static final String COORDINATOR_GROUP = PREFIX + "coordinatorGroup";
    static final String DEFAULT_CADENCE_DAYS = PREFIX + "defaultCadenceDays";
    static final String GRACE_DAYS = PREFIX + "graceDays";
    static final String WEIGHT_SHARED_SKILL = PREFIX + "weight.sharedSkill";
    static final String WEIGHT_HELP_EVIDENCE = PREFIX + "weight.helpEvidence";
    static final String WEIGHT_OTHER_DEPARTMENT = PREFIX + "weight.otherDepartment";
    static final String WEIGHT_TIMEZONE_OVERLAP = PREFIX + "weight.timezoneOverlap";

    private final StoredSettings store;
    private final Permissions permissions;

    @Inject
    public MentoringSettingsService(StoredSettings store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    /** The current rules (one SELECT); a stored value that no longer parses reads as its default. */
    public MentoringSettings current() {
        Map<String, String> v = store.startingWith(PREFIX);
        MentoringSettings d = MentoringSettings.DEFAULTS;
        MatchingWeights w = d.weights();
        MatchingWeights weights;
        try {
            weights = new MatchingWeights(
                    parseInt(v.get(WEIGHT_SHARED_SKILL), w.sharedSkill()),
                    parseInt(v.get(WEIGHT_HELP_EVIDENCE), w.helpEvidence()),
                    parseInt(v.get(WEIGHT_OTHER_DEPARTMENT), w.otherDepartment()),
                    parseInt(v.get(WEIGHT_TIMEZONE_OVERLAP), w.timezoneOverlap()));
        } catch (InvalidMatchingInputException e) {
            weights = w;
        }
        try {
            return new MentoringSettings(v.getOrDefault(COORDINATOR_GROUP, d.coordinatorGroup()),
                    parseInt(v.get(DEFAULT_CADENCE_DAYS), d.defaultCadenceDays()),
                    parseInt(v.get(GRACE_DAYS), d.graceDays()), weights);
        } catch (InvalidInputException e) {
            return new MentoringSettings(d.coordinatorGroup(), d.defaultCadenceDays(), d.graceDays(), weights);
        }
    }

    /** Admins change the rules; a coordinator group the host does not know is refused (400 on {@code coordinatorGroup}). */
    public MentoringSettings update(Actor actor, MentoringSettings settings) {
        permissions.requireAdmin(actor, "change mentoring settings");
        List<FieldError> refused = groupErrors(settings.coordinatorGroup());
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return store.write(values(settings), () -> settings);
    }

    /**
     * The error for a coordinator group the host does not know: saved, it would lock every
     * coordinator out of the programme without a word. The group stored now is let through (so
     * other rules can still be changed while it is fixed elsewhere); blank names are the request's
     * own error. Exposed so a resource can report it together with the request's other fields.
     */
    public List<FieldError> groupErrors(String group) {
        String name = group == null ? "" : group.strip();
        if (name.isEmpty() || name.equalsIgnoreCase(current().coordinatorGroup()) || permissions.groupExists(name)) {
            return List.of();
        }
        return List.of(FieldError.of("coordinatorGroup", "rapport.mentoring.settings.error.group.unknown", name));
    }

    /** Admins, and members of the configured coordinator group, run the mentoring programme. */
    public boolean isCoordinator(Actor actor) {
        return permissions.isAdmin(actor) || permissions.isInGroup(actor, current().coordinatorGroup());
    }

    /** Throws 403 unless the actor coordinates the programme. */
    public void requireCoordinator(Actor actor, String action) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        if (!isCoordinator(actor)) {
            throw new ForbiddenException(action);
        }
    }

    private static Map<String, String> values(MentoringSettings s) {
        return Map.of(COORDINATOR_GROUP, s.coordinatorGroup(),
                DEFAULT_CADENCE_DAYS, Integer.toString(s.defaultCadenceDays()),
                GRACE_DAYS, Integer.toString(s.graceDays()),
                WEIGHT_SHARED_SKILL, Integer.toString(s.weights().sharedSkill()),
                WEIGHT_HELP_EVIDENCE, Integer.toString(s.weights().helpEvidence()),
                WEIGHT_OTHER_DEPARTMENT, Integer.toString(s.weights().otherDepartment()),
                WEIGHT_TIMEZONE_OVERLAP, Integer.toString(s.weights().timezoneOverlap()));
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
