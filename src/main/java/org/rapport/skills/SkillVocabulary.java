package org.rapport.skills;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The shared vocabulary of skills and topics (help ledger, mentoring): resolves aliases left by
 * merges, learns new tags as people use them, and suggests existing ones. Writing methods run in
 * the caller's transaction (the service that owns the entry opens it).
 */
@Named
public class SkillVocabulary {
    public static final int SUGGESTIONS_MAX = 10;

    private final SkillStore store;

    @Inject
    public SkillVocabulary(SkillStore store) {
        this.store = store;
    }

    /**
     * The canonical tags for what was typed, in order and without duplicates ("k8s" after a merge
     * becomes "kubernetes"); tags nobody used before join the vocabulary. Call inside a transaction.
     */
    public List<SkillTag> adopt(List<SkillTag> tags) {
        if (tags.isEmpty()) {
            return List.of();
        }
        Map<String, String> known = store.canonicalNames(tags.stream().map(SkillTag::name).toList());
        LinkedHashSet<SkillTag> result = new LinkedHashSet<>();
        for (SkillTag tag : tags) {
            String canonical = known.get(tag.name());
            if (canonical == null) {
                store.insert(tag.name());
                canonical = tag.name();
            }
            result.add(new SkillTag(canonical));
        }
        return List.copyOf(result);
    }

    /** The canonical tag a name resolves to, or the name itself when unknown: one SELECT. */
    public SkillTag resolve(SkillTag tag) {
        String canonical = store.canonicalNames(List.of(tag.name())).get(tag.name());
        return canonical == null ? tag : new SkillTag(canonical);
    }

    /** Existing tags for what someone is typing; nothing for an empty or impossible prefix. */
    public List<String> suggest(String typed, int limit) {
        if (limit < 1 || limit > SUGGESTIONS_MAX) {
            throw new InvalidInputException(FieldError.of("limit", "rapport.error.range", 1, SUGGESTIONS_MAX));
        }
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        SkillTag prefix;
        try {
            prefix = SkillTag.parse("query", typed);
        } catch (InvalidInputException e) {
            return List.of();
        }
        return store.startingWith(prefix.name(), limit);
    }

    /**
     * Merges {@code from} into {@code into} in the vocabulary: {@code from} stays as an alias. The
     * caller re-points its own entries in the same transaction and has checked the admin right.
     */
    public void merge(SkillTag from, SkillTag into) {
        store.merge(from.name(), into.name());
    }
}
