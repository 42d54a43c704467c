package org.rapport.recognition.rest;

import org.rapport.recognition.ReactionService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reactions on one recognition: counts per kind (lower-case ids) and the caller's own. */
public record ReactionJson(long recognitionId, Map<String, Integer> counts, List<String> mine) {
    static ReactionJson of(ReactionService.Summary summary) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        summary.counts().forEach((kind, n) -> counts.put(kind.name().toLowerCase(Locale.ROOT), n));
        return new ReactionJson(summary.recognitionId(), counts,
                summary.mine().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).sorted().toList());
    }
}
