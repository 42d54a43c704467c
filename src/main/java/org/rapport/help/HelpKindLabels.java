package org.rapport.help;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Map;

/** What people read for a kind: seeded kinds in their language until an admin renames them. */
@Named
public class HelpKindLabels {
    /** Literal keys (the jar test checks every key the code names is translated). */
    private static final Map<String, String> KEYS = Map.of(
            "unblocked-me", "rapport.help.kind.unblocked-me",
            "reviewed-my-work", "rapport.help.kind.reviewed-my-work",
            "paired-with-me", "rapport.help.kind.paired-with-me",
            "explained-something", "rapport.help.kind.explained-something",
            "shared-a-resource", "rapport.help.kind.shared-a-resource",
            "introduced-me-to-someone", "rapport.help.kind.introduced-me-to-someone",
            MentoringHelp.KIND, "rapport.help.kind.mentoring");
    /** The label upgrade task 3 gives the mentoring kind (not a seed of version 2). */
    private static final String MENTORING_LABEL = "Mentoring";

    private final I18nResolver i18n;

    @Inject
    public HelpKindLabels(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String label(HelpKind kind) {
        String key = KEYS.get(kind.code());
        String seeded = MentoringHelp.KIND.equals(kind.code()) ? MENTORING_LABEL : HelpKind.SEEDS.get(kind.code());
        return key != null && kind.label().equals(seeded) ? i18n.getText(key) : kind.label();
    }
}
