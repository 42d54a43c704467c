package org.rapport.recognition.category.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import org.rapport.recognition.category.CategoryColour;
import org.rapport.recognition.category.CategoryIcon;
import org.rapport.recognition.category.CategoryKind;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Prepares the admin page's choices (icons, colours, kinds) as plain maps for the template. */
@Named
public class CategoryAdminView {
    private final I18nResolver i18n;

    @Inject
    public CategoryAdminView(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    public Map<String, Object> context(String contextPath) {
        List<Map<String, String>> icons = Arrays.stream(CategoryIcon.values())
                .map(i -> Map.of("id", i.id(), "glyph", i.auiGlyph(), "label", i18n.getText("rapport.category.icon." + i.id())))
                .toList();
        List<Map<String, String>> colours = Arrays.stream(CategoryColour.values())
                .map(c -> Map.of("id", c.id(), "hex", c.hex(), "label", i18n.getText("rapport.category.colour." + c.id())))
                .toList();
        List<Map<String, String>> kinds = Arrays.stream(CategoryKind.values())
                .map(k -> Map.of("id", k.name(), "label", i18n.getText("rapport.category.kind." + k.name().toLowerCase(java.util.Locale.ROOT))))
                .toList();
        return Map.of(
                "restBase", contextPath + "/rest/rapport/1.0",
                "icons", icons,
                "colours", colours,
                "kinds", kinds);
    }
}
