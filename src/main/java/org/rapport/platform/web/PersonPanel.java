package org.rapport.platform.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import org.rapport.platform.Actor;

import java.util.HashMap;
import java.util.Map;

/**
 * A web panel about one person (a profile page): reads who is shown and who looks through the
 * product's {@link PanelContext}, answers {@code hasPerson=false} when the page shows nobody, and
 * leaves the rest to {@link #fill}. Panels take no parameters.
 */
public abstract class PersonPanel implements ContextProvider {
    private final PanelContext panels;

    protected PersonPanel(PanelContext panels) {
        this.panels = panels;
    }

    @Override
    public final void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the panel reads everything from the page's context.
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        String shown = panels.shownPersonKey(context).orElse(null);
        result.put("hasPerson", shown != null);
        if (shown != null) {
            fill(result, shown, panels.viewerKey(context).map(Actor::new).orElse(null));
        } else {
            fillForNobody(result);
        }
        return result;
    }

    /** Puts what the template reads when the page shows nobody; nothing unless a panel needs it. */
    protected void fillForNobody(Map<String, Object> result) {
        // Most templates test $hasPerson first.
    }

    /**
     * Puts the panel's plain values for the profile of {@code shownKey}, as seen by {@code viewer}
     * (null when nobody is signed in).
     */
    protected abstract void fill(Map<String, Object> result, String shownKey, Actor viewer);
}
