package org.rapport.help;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;

import javax.inject.Inject;
import javax.inject.Named;

/** What people read for a kind: seeded kinds in their language until an admin renames them. */
@Named
public class HelpKindLabels {
    private final I18nResolver i18n;

    @Inject
    public HelpKindLabels(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    public String label(HelpKind kind) {
        return kind.label().equals(HelpKind.SEEDS.get(kind.code())) ? i18n.getText("rapport.help.kind." + kind.code()) : kind.label();
    }
}
